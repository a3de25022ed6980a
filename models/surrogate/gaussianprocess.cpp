// The Gaussian process's fit and prediction. The signal variance is profiled out in closed form: for a kernel
// σ²(R + λI), the likelihood is maximal at σ² = yᵀ(R + λI)⁻¹y / n, so the grid only spans length scales and
// the noise ratio λ (Rasmussen & Williams 2006, ch. 2 and 5).
#include "gaussianprocess.h"

#include "cholesky.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace noosphere::models {
namespace {

// Relative jitter on the diagonal: keeps R + λI factorable when inputs repeat and λ is tiny.
constexpr double kJitter = 1e-10;
// A setting must beat the best so far by this many nats to replace it: rounding-level differences are ties.
constexpr double kBetter = 1e-6;

double matern52(const std::vector<double> &a, const std::vector<double> &b, const std::vector<double> &scales)
{
    double r2 = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = (a[i] - b[i]) / scales[i];
        r2 += d * d;
    }
    const double r = std::sqrt(5.0 * r2);  // √5·r
    return (1.0 + r + r * r / 3.0) * std::exp(-r);
}

struct Candidate {
    std::vector<double> scales;
    double noiseRatio = 0;
    double logLikelihood = -INFINITY;
    double signalVariance = 1;
    std::optional<Cholesky> factor;
    std::vector<double> alpha;
};

// Fits one hyperparameter setting; logLikelihood stays -inf when R + λI cannot be factored.
Candidate tryFit(const std::vector<std::vector<double>> &x, const std::vector<double> &centred,
                 std::vector<double> scales, double noiseRatio, double minSignalVariance)
{
    Candidate c{std::move(scales), noiseRatio};
    const size_t n = x.size();
    std::vector<double> k(n * n);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < i; ++j)
            k[i * n + j] = k[j * n + i] = matern52(x[i], x[j], c.scales);
        k[i * n + i] = 1.0 + noiseRatio + kJitter;
    }
    c.factor = Cholesky::factor(std::move(k), n);
    if (!c.factor)
        return c;
    c.alpha = c.factor->solve(centred);
    double quadratic = 0;  // yᵀ(R + λI)⁻¹y
    for (size_t i = 0; i < n; ++i)
        quadratic += centred[i] * c.alpha[i];
    c.signalVariance = std::max(quadratic / double(n), minSignalVariance);
    c.logLikelihood = -0.5 * quadratic / c.signalVariance - 0.5 * double(n) * std::log(c.signalVariance) -
                      0.5 * c.factor->logDeterminant() - 0.5 * double(n) * std::log(2 * std::numbers::pi);
    return c;
}

Error invalid(const char *detail)
{
    return {ErrorCode::InvalidArgument, detail};
}

}  // namespace

GaussianProcess::GaussianProcess(GaussianProcessConfig config)
    : m_config(std::move(config))
{
}

Result<void> GaussianProcess::fit(const std::vector<std::vector<double>> &inputs, const std::vector<double> &targets)
{
    if (inputs.empty())
        return invalid("the surrogate needs at least one rated design");
    if (inputs.size() != targets.size())
        return invalid("the surrogate needs one rating per design");
    const size_t d = inputs.front().size();
    if (d == 0)
        return invalid("the surrogate's inputs are empty");
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].size() != d)
            return invalid("the surrogate's inputs differ in length");
        if (!std::isfinite(targets[i]) ||
            !std::all_of(inputs[i].begin(), inputs[i].end(), [](double v) { return std::isfinite(v); }))
            return invalid("the surrogate's inputs and ratings must be finite numbers");
    }

    const size_t n = inputs.size();
    double mean = 0;
    for (double t : targets)
        mean += t / double(n);
    std::vector<double> centred(n);
    for (size_t i = 0; i < n; ++i)
        centred[i] = targets[i] - mean;

    // The isotropic grid, longest scale first: a few far-apart ratings fit every short scale equally well (each
    // alone), and a tie must then go to the smoother model, which still says something between the ratings.
    std::vector<double> scales = m_config.lengthScales;
    std::sort(scales.rbegin(), scales.rend());
    const double dimensionScale = m_config.scaleWithDimension ? std::sqrt(double(d)) : 1.0;
    Candidate best;
    for (double scale : scales)
        for (double ratio : m_config.noiseRatios) {
            Candidate c = tryFit(inputs, centred, std::vector<double>(d, scale * dimensionScale), ratio,
                                 m_config.minSignalVariance);
            if (c.logLikelihood > best.logLikelihood + kBetter)
                best = std::move(c);
        }
    // NOTE: with a grid this coarse every setting factors; this is for pathological inputs (1e300 apart).
    if (!best.factor)
        best = tryFit(inputs, centred, std::vector<double>(d, 1.0), 1.0, m_config.minSignalVariance);
    if (!best.factor)
        return invalid("the surrogate could not factor its kernel matrix");

    // ARD: one input at a time, its scale multiplied by each factor, kept when the likelihood rises.
    static constexpr double kFactors[] = {0.25, 0.5, 2, 4, 16};
    for (int pass = 0; pass < m_config.ardPasses && d > 1; ++pass) {
        for (size_t input = 0; input < d; ++input) {
            const std::vector<double> base = best.scales;
            for (double factor : kFactors) {
                std::vector<double> scales = base;
                scales[input] *= factor;
                Candidate c = tryFit(inputs, centred, std::move(scales), best.noiseRatio, m_config.minSignalVariance);
                if (c.logLikelihood > best.logLikelihood + kBetter)
                    best = std::move(c);
            }
        }
    }

    m_inputs = inputs;
    m_alpha = std::move(best.alpha);
    m_factor = std::move(best.factor);  // kept: the variance needs L⁻¹k
    m_hyper = {best.scales, best.signalVariance, best.noiseRatio * best.signalVariance, mean, best.logLikelihood};
    return {};
}

GpPrediction GaussianProcess::predict(const std::vector<double> &x) const
{
    if (!isFitted() || x.size() != m_inputs.front().size())
        return {0.0, 1.0};
    const size_t n = m_inputs.size();
    std::vector<double> k(n);
    double mean = m_hyper.mean;
    for (size_t i = 0; i < n; ++i) {
        k[i] = matern52(x, m_inputs[i], m_hyper.lengthScales);
        mean += k[i] * m_alpha[i];
    }
    const std::vector<double> v = m_factor->solveLower(std::move(k));
    double explained = 0;  // kᵀ(R + λI)⁻¹k, the share of the prior variance the data account for
    for (double value : v)
        explained += value * value;
    const double variance = m_hyper.signalVariance * std::max(0.0, 1.0 - explained);
    return {mean, std::sqrt(variance)};
}

std::vector<GpPrediction> GaussianProcess::predictAll(const std::vector<std::vector<double>> &xs) const
{
    std::vector<GpPrediction> predictions;
    predictions.reserve(xs.size());
    for (const auto &x : xs)
        predictions.push_back(predict(x));
    return predictions;
}

}  // namespace noosphere::models
