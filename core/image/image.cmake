# core/image: image import with safety checks, printable ArUco markers, marker poses and camera calibration
# (OpenCV 4.6 with the contrib aruco module). Included by core/CMakeLists.txt after noosphere_core is defined.
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs calib3d aruco)
target_sources(noosphere_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/image.h
    ${CMAKE_CURRENT_LIST_DIR}/cvimage.h ${CMAKE_CURRENT_LIST_DIR}/cvimage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageheader.h ${CMAKE_CURRENT_LIST_DIR}/imageheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageimport.h ${CMAKE_CURRENT_LIST_DIR}/imageimport.cpp
)
target_link_libraries(noosphere_core PRIVATE ${OpenCV_LIBS})
