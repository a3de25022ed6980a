#include "lm/rowsgemv.h"

#include <ATen/Parallel.h>

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace noosphere::models::lm {

namespace {

// How far ahead of the FMAs the weight row is prefetched: 512 bytes measured best (128–1024 tried), and one
// output row at a time beat two or four interleaved rows (more streams per core, less bandwidth).
constexpr std::int64_t kPrefetchFloats = 128;

struct Problem {
    const float *weight;
    std::int64_t weightStride, out, in;
    const float *x;
    const float *bias;
    float *y;
};

// The portable version, also the tail of the vector one: plain loops the compiler vectorises as it can.
template <int Rows>
void rowsScalar(const Problem &p, std::int64_t firstOut, std::int64_t endOut, std::int64_t firstK, float *partial)
{
    for (std::int64_t o = firstOut; o < endOut; ++o) {
        const float *w = p.weight + o * p.weightStride;
        for (int r = 0; r < Rows; ++r) {
            const float *xr = p.x + r * p.in;
            float sum = 0.0f;
            for (std::int64_t k = firstK; k < p.in; ++k)
                sum += w[k] * xr[k];
            partial[r * p.out + o] += sum;
        }
    }
}

template <int Rows>
void outputRowsScalar(const Problem &p, std::int64_t begin, std::int64_t end)
{
    for (int r = 0; r < Rows; ++r)
        for (std::int64_t o = begin; o < end; ++o)
            p.y[r * p.out + o] = p.bias ? p.bias[o] : 0.0f;
    rowsScalar<Rows>(p, begin, end, 0, p.y);
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma"))) inline float horizontalSum(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

template <int Rows>
__attribute__((target("avx2,fma"))) void outputRowsAvx2(const Problem &p, std::int64_t begin, std::int64_t end)
{
    const std::int64_t vectorK = p.in / 16 * 16;  // one 64-byte cache line of the weight row per step
    for (std::int64_t o = begin; o < end; ++o) {
        const float *w = p.weight + o * p.weightStride;
        // Two accumulators per row, for the two halves of each cache line: half the FMA latency chain.
        __m256 acc[2][Rows];
        for (int h = 0; h < 2; ++h)
            for (int r = 0; r < Rows; ++r)
                acc[h][r] = _mm256_setzero_ps();
        for (std::int64_t k = 0; k < vectorK; k += 16) {
            _mm_prefetch(reinterpret_cast<const char *>(w + k + kPrefetchFloats), _MM_HINT_NTA);
            for (int h = 0; h < 2; ++h) {
                const __m256 wv = _mm256_loadu_ps(w + k + 8 * h);
                for (int r = 0; r < Rows; ++r)
                    acc[h][r] = _mm256_fmadd_ps(wv, _mm256_loadu_ps(p.x + r * p.in + k + 8 * h), acc[h][r]);
            }
        }
        for (int r = 0; r < Rows; ++r)
            p.y[r * p.out + o] = horizontalSum(_mm256_add_ps(acc[0][r], acc[1][r])) + (p.bias ? p.bias[o] : 0.0f);
        if (vectorK < p.in)
            rowsScalar<Rows>(p, o, o + 1, vectorK, p.y);
    }
}

bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}
#endif

template <int Rows>
void run(const Problem &p)
{
    // Tasks of at least ~64 KB of weights: below that a thread costs more than it saves.
    const std::int64_t grain = std::max<std::int64_t>(1, 16384 / std::max<std::int64_t>(1, p.in));
    at::parallel_for(0, p.out, grain, [&](std::int64_t begin, std::int64_t end) {
#if defined(__x86_64__)
        if (hasAvx2Fma())
            return outputRowsAvx2<Rows>(p, begin, end);
#endif
        outputRowsScalar<Rows>(p, begin, end);
    });
}

}  // namespace

void gemvRows(const float *weight, std::int64_t weightStride, std::int64_t out, std::int64_t in, const float *x,
              std::int64_t rows, const float *bias, float *y)
{
    const Problem p{weight, weightStride, out, in, x, bias, y};
    switch (rows) {
    case 1: return run<1>(p);
    case 2: return run<2>(p);
    case 3: return run<3>(p);
    case 4: return run<4>(p);
    default: break;
    }
    for (std::int64_t r = 0; r < rows; r += kGemvMaxRows) {  // not reached by affine(); kept total for safety
        const auto n = std::min(kGemvMaxRows, rows - r);
        gemvRows(weight, weightStride, out, in, x + r * in, n, bias, y + r * out);
    }
}

}  // namespace noosphere::models::lm
