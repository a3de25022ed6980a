// Cholesky–Banachiewicz, row by row, and the two triangular solves.
#include "cholesky.h"

#include <cmath>
#include <utility>

namespace noosphere::models {

std::optional<Cholesky> Cholesky::factor(std::vector<double> a, size_t n)
{
    if (a.size() != n * n)
        return std::nullopt;
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j <= i; ++j) {
            double sum = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                sum -= a[i * n + k] * a[j * n + k];
            if (i == j) {
                if (!(sum > 0))  // also catches NaN
                    return std::nullopt;
                a[i * n + i] = std::sqrt(sum);
            } else {
                a[i * n + j] = sum / a[j * n + j];
            }
        }
        for (size_t j = i + 1; j < n; ++j)
            a[i * n + j] = 0;  // the upper triangle is not part of L
    }
    return Cholesky(std::move(a), n);
}

std::vector<double> Cholesky::solveLower(std::vector<double> b) const
{
    for (size_t i = 0; i < m_n; ++i) {
        double sum = b[i];
        for (size_t k = 0; k < i; ++k)
            sum -= m_lower[i * m_n + k] * b[k];
        b[i] = sum / m_lower[i * m_n + i];
    }
    return b;
}

std::vector<double> Cholesky::solve(std::vector<double> b) const
{
    b = solveLower(std::move(b));
    for (size_t i = m_n; i-- > 0;) {  // Lᵀ·x = b, backwards
        double sum = b[i];
        for (size_t k = i + 1; k < m_n; ++k)
            sum -= m_lower[k * m_n + i] * b[k];
        b[i] = sum / m_lower[i * m_n + i];
    }
    return b;
}

double Cholesky::logDeterminant() const
{
    double sum = 0;
    for (size_t i = 0; i < m_n; ++i)
        sum += std::log(m_lower[i * m_n + i]);
    return 2 * sum;
}

}  // namespace noosphere::models
