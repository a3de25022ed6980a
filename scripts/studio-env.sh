# Sourced by run.sh, bench.sh and bench-gan.sh: the environment the studio is launched with.
#
# glibc keeps up to 32 MiB of freed memory per arena instead of returning it at once, and serves blocks up to
# 32 MiB from that heap rather than mapping each afresh. Mesa's software renderer (llvmpipe, used when there is
# no GPU, as under Xvfb) allocates and frees large buffers every frame on the render thread; in most launches
# glibc handed them back each time and every frame paid for the page faults again (on the 2-core test VM the
# Design grid drew at 15–20 frames/s in 4 launches of 5, ~38 in every launch with this). Setting the trim
# threshold also freezes glibc's adaptive mmap threshold at 128 KiB, so the mmap threshold is set with it: the
# style GAN's activations (a few MiB each) were otherwise mapped and faulted in on every call (64 samples took
# 1.16 s instead of 0.10 s). It must be set before the process starts: mallopt() in main() comes after the
# libraries' own start-up and was measured to help only in half the launches.
case ":${GLIBC_TUNABLES:-}:" in
    *:glibc.malloc.trim_threshold=*) ;;
    *) export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.trim_threshold=33554432" ;;
esac
case ":${GLIBC_TUNABLES}:" in
    *:glibc.malloc.mmap_threshold=*) ;;
    *) export GLIBC_TUNABLES="$GLIBC_TUNABLES:glibc.malloc.mmap_threshold=33554432" ;;
esac
