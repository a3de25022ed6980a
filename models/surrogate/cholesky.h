// A dense Cholesky factorisation for the Gaussian process (n up to a few hundred): plain C++, no BLAS, so that
// the surrogate stays in the torch-free models base that core links.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace noosphere::models {

class Cholesky {
public:
    /// Factors the symmetric positive-definite n×n matrix `a` (row-major; only the lower triangle is read)
    /// as L·Lᵀ; nullopt when it is not positive definite to working precision.
    static std::optional<Cholesky> factor(std::vector<double> a, size_t n);

    size_t size() const { return m_n; }
    /// L⁻¹·b (forward substitution).
    std::vector<double> solveLower(std::vector<double> b) const;
    /// (L·Lᵀ)⁻¹·b.
    std::vector<double> solve(std::vector<double> b) const;
    /// log det(L·Lᵀ) = 2 Σ log Lᵢᵢ.
    double logDeterminant() const;

private:
    Cholesky(std::vector<double> lower, size_t n)
        : m_lower(std::move(lower))
        , m_n(n)
    {
    }

    std::vector<double> m_lower;  // row-major n×n, lower triangle = L
    size_t m_n = 0;
};

}  // namespace noosphere::models
