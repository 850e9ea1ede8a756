/*
 * The builder's progress reporter loads JAVA_HOME/lib/svm/builder/lib/libreporterchelper.so for the
 * terminal width and its own peak RSS, and fails without it. GraalVM ships that library, not Maven
 * Central, so native/compile-check.sh compiles this one.
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass cls) {
  struct rusage usage;
  return getrusage(RUSAGE_SELF, &usage) == 0 ? (jlong) usage.ru_maxrss * 1024 : -1;
}

JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env, jclass cls) {
  struct winsize size;
  return ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
}
