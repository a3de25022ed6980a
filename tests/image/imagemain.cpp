// tst_image: the core/image test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestImageImport();
QObject *newTestMarker();
QObject *newTestMarkerPose();
QObject *newTestCameraCalibration();
QObject *newTestPalette();
QObject *newTestStrokeSmoothing();
QObject *newTestImageDataset();
QObject *newTestSlicedWasserstein();
QObject *newTestSketchFrame();
QObject *newTestSketchTrace();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv,
                                          {
                                              {"TestImageImport", newTestImageImport},
                                              {"TestMarker", newTestMarker},
                                              {"TestMarkerPose", newTestMarkerPose},
                                              {"TestCameraCalibration", newTestCameraCalibration},
                                              {"TestPalette", newTestPalette},
                                              {"TestStrokeSmoothing", newTestStrokeSmoothing},
                                              {"TestImageDataset", newTestImageDataset},
                                              {"TestSlicedWasserstein", newTestSlicedWasserstein},
                                              {"TestSketchFrame", newTestSketchFrame},
                                              {"TestSketchTrace", newTestSketchTrace},
                                          });
}
