// The decode step's projections on the CPU: y = x Wᵀ + b for a handful of rows (the K alternatives).
// Internal to models/lm; torch-free so that the kernel's translation unit compiles in a second.
#pragma once

#include <cstdint>

namespace noosphere::models::lm {

// Rows up to which a float32 projection takes gemvRows instead of a GEMM.
constexpr std::int64_t kGemvMaxRows = 4;

/// y[r][o] = Σ_k x[r][k] · W[o][k] + bias[o] for r < rows ≤ kGemvMaxRows. W is (out, in) with rows
/// `weightStride` floats apart; x is (rows, in) and y (rows, out), both contiguous; bias may be null.
/// Each weight row is read from memory once for all the rows, so K alternatives cost about one: a decode step
/// is bound by reading the weights, not by arithmetic. Splits the output rows over LibTorch's threads.
void gemvRows(const float *weight, std::int64_t weightStride, std::int64_t out, std::int64_t in, const float *x,
              std::int64_t rows, const float *bias, float *y);

}  // namespace noosphere::models::lm
