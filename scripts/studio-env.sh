# Sourced by run.sh and bench.sh: the environment the studio is launched with.
#
# glibc keeps up to 32 MiB of freed memory per arena instead of returning it at once. Mesa's software renderer
# (llvmpipe, used when there is no GPU, as under Xvfb) allocates and frees large buffers every frame on the
# render thread; in most launches glibc handed them back each time and every frame paid for the page faults
# again (on the 2-core test VM the Design grid drew at 15–20 frames/s in 4 launches of 5, ~38 in every launch
# with this). It must be set before the process starts: mallopt() in main() comes after the libraries' own
# start-up and was measured to help only in half the launches.
case ":${GLIBC_TUNABLES:-}:" in
    *:glibc.malloc.trim_threshold=*) ;;
    *) export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.trim_threshold=33554432" ;;
esac
