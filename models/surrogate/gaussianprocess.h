// Gaussian process regression, the Design pane's surrogate of the designer's ratings: from a few dozen rated
// genomes (normalised to [0, 1] per gene) it predicts a rating and how unsure it is for any other genome.
// Matérn 5/2 kernel with one length scale per input (ARD), a constant mean and a noise term; hyperparameters
// by maximising the log marginal likelihood over a small grid. Torch-free: plain C++ for n ≤ a few hundred.
#pragma once

#include "cholesky.h"
#include "common/result.h"

#include <optional>
#include <vector>

namespace noosphere::models {

struct GaussianProcessConfig {
    // Isotropic length scales tried first, in input units (a genome's genes span [0, 1]), times √d when
    // scaleWithDimension: distances between genomes grow with the square root of their number of genes.
    std::vector<double> lengthScales{0.03, 0.05, 0.08, 0.13, 0.2, 0.3, 0.5, 0.8, 1.3, 2, 3.2, 5};
    bool scaleWithDimension = true;
    // Noise variance over signal variance: from near-interpolation to mostly noise (a designer's ratings
    // of the same design differ from day to day).
    std::vector<double> noiseRatios{1e-6, 1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1};
    // Passes that rescale one input's length scale at a time (×¼ … ×16) when that raises the likelihood:
    // inputs that do not matter get long scales. 0 keeps the kernel isotropic.
    int ardPasses = 2;
    // Floor of the signal variance (targets' units squared), so that constant targets give a finite model.
    double minSignalVariance = 1e-6;
};

struct GpHyperparameters {
    std::vector<double> lengthScales;  // one per input
    double signalVariance = 1;         // σ_f², the prior variance of the function around the mean
    double noiseVariance = 0;          // σ_n²
    double mean = 0;                   // the constant prior mean: the targets' average
    double logMarginalLikelihood = 0;
};

struct GpPrediction {
    double mean = 0;
    double sd = 0;  // of the function's value, without the noise term
};

class GaussianProcess {
public:
    explicit GaussianProcess(GaussianProcessConfig config = {});

    /// Fits to one target per input; inputs must share one non-zero length and be finite. Duplicate inputs
    /// and constant targets are fine. Fails with InvalidArgument on bad input (the old fit is kept).
    Result<void> fit(const std::vector<std::vector<double>> &inputs, const std::vector<double> &targets);

    /// The posterior at x (same length as the inputs). Before any fit: mean 0 and sd 1, a unit prior.
    GpPrediction predict(const std::vector<double> &x) const;
    std::vector<GpPrediction> predictAll(const std::vector<std::vector<double>> &xs) const;

    bool isFitted() const { return !m_inputs.empty(); }
    size_t size() const { return m_inputs.size(); }
    const GpHyperparameters &hyperparameters() const { return m_hyper; }

private:
    GaussianProcessConfig m_config;
    GpHyperparameters m_hyper;
    std::vector<std::vector<double>> m_inputs;
    std::vector<double> m_alpha;       // (R + λI)⁻¹ (y − mean), R the unit-variance kernel matrix
    std::optional<Cholesky> m_factor;  // of R + λI
};

}  // namespace noosphere::models
