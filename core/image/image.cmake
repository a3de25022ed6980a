# core/image: image import with safety checks, printable ArUco markers, marker poses and camera calibration
# (OpenCV 4.6 with the contrib aruco module). Included by core/CMakeLists.txt after noosphere_core is defined.
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs calib3d aruco)
target_sources(noosphere_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/image.h
    ${CMAKE_CURRENT_LIST_DIR}/cvimage.h ${CMAKE_CURRENT_LIST_DIR}/cvimage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageheader.h ${CMAKE_CURRENT_LIST_DIR}/imageheader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imageimport.h ${CMAKE_CURRENT_LIST_DIR}/imageimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webpdecode.h ${CMAKE_CURRENT_LIST_DIR}/webpdecode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pngphys.h ${CMAKE_CURRENT_LIST_DIR}/pngphys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markerdictionary.h ${CMAKE_CURRENT_LIST_DIR}/markerdictionary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/arucodictionary.h
    ${CMAKE_CURRENT_LIST_DIR}/marker.h ${CMAKE_CURRENT_LIST_DIR}/marker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cameraintrinsics.h ${CMAKE_CURRENT_LIST_DIR}/cameraintrinsics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/camerafile.h ${CMAKE_CURRENT_LIST_DIR}/camerafile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markerpose.h ${CMAKE_CURRENT_LIST_DIR}/markerpose.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cameracalibration.h ${CMAKE_CURRENT_LIST_DIR}/cameracalibration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/palette.h ${CMAKE_CURRENT_LIST_DIR}/palette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sketchframe.h ${CMAKE_CURRENT_LIST_DIR}/sketchframe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sketchtrace.h ${CMAKE_CURRENT_LIST_DIR}/sketchtrace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagedataset.h ${CMAKE_CURRENT_LIST_DIR}/imagedataset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagegrid.h ${CMAKE_CURRENT_LIST_DIR}/imagegrid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/slicedwasserstein.h ${CMAKE_CURRENT_LIST_DIR}/slicedwasserstein.cpp
)
# WebP through libwebp directly (see webpdecode.h); Debian's libopencv-dev brings libwebp-dev.
find_package(PkgConfig REQUIRED)
pkg_check_modules(WEBP REQUIRED IMPORTED_TARGET libwebp)
target_link_libraries(noosphere_core PRIVATE ${OpenCV_LIBS} PkgConfig::WEBP)
