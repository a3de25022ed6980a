// SBX and polynomial mutation as in Deb's nsga2 reference code (revision 1.1.6), bounds fixed to [0, 1].
#include "variation.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace noosphere::core::design {
namespace {

// Genes closer than this are treated as equal: SBX would divide by their difference.
constexpr double kSameGene = 1e-14;

bool isLocked(const std::vector<bool> &locked, size_t gene)
{
    return gene < locked.size() && locked[gene];
}

// The spread factor for one side of SBX: `beta` measures how far the nearer parent is from its bound, so that
// children never need clamping by much.
double sbxSpread(double beta, double eta, double u)
{
    const double alpha = 2.0 - std::pow(beta, -(eta + 1.0));
    if (u <= 1.0 / alpha)
        return std::pow(u * alpha, 1.0 / (eta + 1.0));
    return std::pow(1.0 / (2.0 - u * alpha), 1.0 / (eta + 1.0));
}

}  // namespace

void crossover(std::vector<double> &a, std::vector<double> &b, const std::vector<bool> &locked,
               const VariationConfig &config, Random &random)
{
    if (!random.chance(config.crossoverProbability))
        return;
    const double eta = config.crossoverEta;
    for (size_t i = 0; i < a.size(); ++i) {
        // NOTE: the draws happen for locked genes too, so that locking a gene does not reshuffle the others.
        const bool touch = random.chance(config.crossoverPerGene);
        if (!touch || isLocked(locked, i) || std::abs(a[i] - b[i]) <= kSameGene)
            continue;
        const double y1 = std::min(a[i], b[i]);
        const double y2 = std::max(a[i], b[i]);
        const double u = random.uniform();
        const double lowSpread = sbxSpread(1.0 + 2.0 * y1 / (y2 - y1), eta, u);
        const double highSpread = sbxSpread(1.0 + 2.0 * (1.0 - y2) / (y2 - y1), eta, u);
        double c1 = std::clamp(0.5 * ((y1 + y2) - lowSpread * (y2 - y1)), 0.0, 1.0);
        double c2 = std::clamp(0.5 * ((y1 + y2) + highSpread * (y2 - y1)), 0.0, 1.0);
        if (random.chance(0.5))
            std::swap(c1, c2);
        a[i] = c1;
        b[i] = c2;
    }
}

void mutate(std::vector<double> &genome, const std::vector<bool> &locked, const VariationConfig &config, Random &random)
{
    double probability = config.mutationPerGene;
    if (probability < 0) {
        size_t nFree = 0;
        for (size_t i = 0; i < genome.size(); ++i)
            nFree += isLocked(locked, i) ? 0 : 1;
        probability = nFree ? 1.0 / double(nFree) : 0.0;
    }
    const double power = 1.0 / (config.mutationEta + 1.0);
    for (size_t i = 0; i < genome.size(); ++i) {
        if (!random.chance(probability) || isLocked(locked, i))
            continue;
        const double y = genome[i];
        const double u = random.uniform();
        double shift;
        if (u <= 0.5) {
            const double xy = 1.0 - y;  // 1 − distance to the lower bound
            const double value = 2.0 * u + (1.0 - 2.0 * u) * std::pow(xy, config.mutationEta + 1.0);
            shift = std::pow(value, power) - 1.0;
        } else {
            const double xy = y;  // 1 − distance to the upper bound
            const double value = 2.0 * (1.0 - u) + 2.0 * (u - 0.5) * std::pow(xy, config.mutationEta + 1.0);
            shift = 1.0 - std::pow(value, power);
        }
        genome[i] = std::clamp(y + shift, 0.0, 1.0);
    }
}

}  // namespace noosphere::core::design
