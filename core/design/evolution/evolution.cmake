# The Design pane's evolution engine (core/design/evolution): NSGA-II, hypervolume, particle swarm refinement,
# the choice of variants to rate and the rated evolution that ties them to the surrogate. Included by
# core/CMakeLists.txt into noosphere_core.
target_sources(noosphere_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/random.h ${CMAKE_CURRENT_LIST_DIR}/random.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pareto.h ${CMAKE_CURRENT_LIST_DIR}/pareto.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hypervolume.h ${CMAKE_CURRENT_LIST_DIR}/hypervolume.cpp
    ${CMAKE_CURRENT_LIST_DIR}/variation.h ${CMAKE_CURRENT_LIST_DIR}/variation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nsga2.h ${CMAKE_CURRENT_LIST_DIR}/nsga2.cpp
    ${CMAKE_CURRENT_LIST_DIR}/particleswarm.h ${CMAKE_CURRENT_LIST_DIR}/particleswarm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/activechoice.h ${CMAKE_CURRENT_LIST_DIR}/activechoice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simulatedrater.h ${CMAKE_CURRENT_LIST_DIR}/simulatedrater.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parallelmap.h
    ${CMAKE_CURRENT_LIST_DIR}/ratedevolution.h ${CMAKE_CURRENT_LIST_DIR}/ratedevolution.cpp
)
