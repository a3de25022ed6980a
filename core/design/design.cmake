# core/design: the designer's engine: families and genomes, meshes, objectives, export (evolution/ has its own).
find_package(TinyGLTF REQUIRED)  # Debian libtinygltf-dev: the .glb writer (header-only, nlohmann JSON)
target_sources(noosphere_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/family.h ${CMAKE_CURRENT_LIST_DIR}/family.cpp
    ${CMAKE_CURRENT_LIST_DIR}/genome.h ${CMAKE_CURRENT_LIST_DIR}/genome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text.h ${CMAKE_CURRENT_LIST_DIR}/vec3.h
    ${CMAKE_CURRENT_LIST_DIR}/mesh.h
    ${CMAKE_CURRENT_LIST_DIR}/meshbuilder.h ${CMAKE_CURRENT_LIST_DIR}/meshbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/meshcheck.h ${CMAKE_CURRENT_LIST_DIR}/meshcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profile.h ${CMAKE_CURRENT_LIST_DIR}/profile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/convexhull.h ${CMAKE_CURRENT_LIST_DIR}/convexhull.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objectives.h ${CMAKE_CURRENT_LIST_DIR}/objectives.cpp
    ${CMAKE_CURRENT_LIST_DIR}/meshexport.h ${CMAKE_CURRENT_LIST_DIR}/meshexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/families/lathe.h ${CMAKE_CURRENT_LIST_DIR}/families/lathe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/families/sweep.h ${CMAKE_CURRENT_LIST_DIR}/families/sweep.cpp
    ${CMAKE_CURRENT_LIST_DIR}/families/assembled.h ${CMAKE_CURRENT_LIST_DIR}/families/assembled.cpp
)
target_link_libraries(noosphere_core PRIVATE TinyGLTF::TinyGLTF)
