// The few layers the language models are built from, as small modules under Hugging Face parameter names.
// Ours rather than torch::nn's: parameters are allocated uninitialised on the target device and dtype (the
// loader overwrites them at once), where torch::nn would first fill them with random numbers in float32.
// Internal header: only models/lm includes it.
#pragma once

#include <torch/nn/module.h>

#include <algorithm>
#include <vector>

namespace noosphere::models::lm {

// Parameters are overwritten by the loader and never trained through this path.
inline at::Tensor newParameter(torch::nn::Module &module, const std::string &name, at::IntArrayRef shape,
                               const at::TensorOptions &options)
{
    return module.register_parameter(name, at::empty(shape, options), /*requires_grad=*/false);
}

// Rows up to which a CPU float32 projection runs as one GEMV per row.
constexpr std::int64_t kGemvMaxRows = 4;
// With several rows, a weight is walked in blocks this big, each read from memory once and from cache for the
// other rows: K alternatives then cost little more than one (1.5–3 MB blocks measured best for GPT-2's head).
constexpr std::int64_t kWeightBlockBytes = 2 << 20;

// y = x Wᵀ + b for W stored (out, in) row-major (Linear): blocks of output rows.
inline void blockedRowsOutputMajor(const at::Tensor &x2, const at::Tensor &weight, const at::Tensor &bias,
                                   at::Tensor &y, std::int64_t blockBytes)
{
    const auto in = weight.size(1), out = weight.size(0);
    const auto block = std::max<std::int64_t>(64, blockBytes / (in * 4));
    for (std::int64_t start = 0; start < out; start += block) {
        const auto len = std::min(block, out - start);
        auto w = weight.narrow(0, start, len);  // (len, in)
        for (std::int64_t i = 0; i < x2.size(0); ++i) {
            auto yi = y.select(0, i).narrow(0, start, len);  // (len)
            if (bias.defined())
                at::addmv_out(yi, bias.narrow(0, start, len), w, x2.select(0, i));
            else
                at::mv_out(yi, w, x2.select(0, i));
        }
    }
}

// The same for W a transposed view of a row-major (in, out) matrix (GPT-2's Conv1D): blocks of input rows,
// each adding its share to every output.
inline void blockedRowsInputMajor(const at::Tensor &x2, const at::Tensor &weight, const at::Tensor &bias,
                                  at::Tensor &y, std::int64_t blockBytes)
{
    const auto in = weight.size(1), out = weight.size(0);
    const auto stored = weight.t();  // (in, out), contiguous rows
    const auto block = std::max<std::int64_t>(64, blockBytes / (out * 4));
    if (bias.defined())
        y.copy_(bias.expand({x2.size(0), out}));
    else
        y.zero_();
    for (std::int64_t start = 0; start < in; start += block) {
        const auto len = std::min(block, in - start);
        auto w = stored.narrow(0, start, len).t();  // (out, len)
        for (std::int64_t i = 0; i < x2.size(0); ++i)
            y.select(0, i).addmv_(w, x2.select(0, i).narrow(0, start, len));
    }
}

// x Wᵀ + b for x (…, in) and W (out, in), which may be a transposed view.
// NOTE: a decode step has 1–4 rows. OpenBLAS's GEMM packs the whole weight matrix even for one row and reads
// it at 6–13 GB/s; its GEMV streams the same weights 3–7× faster (measured on the 2-core VM, GPT-2-sized
// matrices). LibTorch's bfloat16 GEMV on the CPU is a slow generic loop and CUDA has no such problem, so only
// CPU float32 takes this path.
inline at::Tensor affine(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias)
{
    const auto in = weight.size(1), out = weight.size(0);
    auto x2 = x.reshape({-1, in});  // (N, in)
    const auto n = x2.size(0);
    at::Tensor y;
    const bool rowMajor = weight.stride(1) == 1, transposed = weight.stride(0) == 1;
    if (n <= kGemvMaxRows && x2.is_cpu() && x2.scalar_type() == at::kFloat && (rowMajor || transposed)) {
        y = at::empty({n, out}, x2.options());  // (N, out)
        const auto blockBytes = n > 1 ? kWeightBlockBytes : out * in * 4;  // one row: no reuse to win
        if (rowMajor)
            blockedRowsOutputMajor(x2, weight, bias, y, blockBytes);
        else
            blockedRowsInputMajor(x2, weight, bias, y, blockBytes);
    } else {
        y = bias.defined() ? at::addmm(bias, x2, weight.t()) : at::mm(x2, weight.t());  // (N, out)
    }
    auto sizes = x.sizes().vec();
    sizes.back() = out;
    return y.view(sizes);  // (…, out)
}

// y = x Wᵀ + b, W stored [out, in] as torch.nn.Linear saves it.
class LinearImpl : public torch::nn::Module {
public:
    LinearImpl(std::int64_t in, std::int64_t out, bool bias, const at::TensorOptions &options)
    {
        weight = newParameter(*this, "weight", {out, in}, options);
        if (bias)
            this->bias = newParameter(*this, "bias", {out}, options);
    }
    at::Tensor forward(const at::Tensor &x) { return affine(x, weight, bias); }  // (…, in) → (…, out)

    at::Tensor weight;  // (out, in)
    at::Tensor bias;    // (out) or undefined
};
TORCH_MODULE(Linear);

// GPT-2's Conv1D: y = x W + b with W stored [in, out] (transposed against Linear).
class Conv1DImpl : public torch::nn::Module {
public:
    Conv1DImpl(std::int64_t in, std::int64_t out, const at::TensorOptions &options)
    {
        weight = newParameter(*this, "weight", {in, out}, options);
        bias = newParameter(*this, "bias", {out}, options);
    }
    at::Tensor forward(const at::Tensor &x) { return affine(x, weight.t(), bias); }  // (…, in) → (…, out)

    at::Tensor weight;  // (in, out)
    at::Tensor bias;    // (out)
};
TORCH_MODULE(Conv1D);

class EmbeddingImpl : public torch::nn::Module {
public:
    EmbeddingImpl(std::int64_t count, std::int64_t dim, const at::TensorOptions &options)
    {
        weight = newParameter(*this, "weight", {count, dim}, options);
    }
    at::Tensor forward(const at::Tensor &ids) { return at::embedding(weight, ids); }  // (B, T) → (B, T, dim)

    at::Tensor weight;  // (count, dim)
};
TORCH_MODULE(Embedding);

class LayerNormImpl : public torch::nn::Module {
public:
    LayerNormImpl(std::int64_t dim, double eps, const at::TensorOptions &options)
        : m_eps(eps)
    {
        weight = newParameter(*this, "weight", {dim}, options);
        bias = newParameter(*this, "bias", {dim}, options);
    }
    at::Tensor forward(const at::Tensor &x)  // (…, dim)
    {
        return at::layer_norm(x, {weight.size(0)}, weight, bias, m_eps);
    }

    at::Tensor weight;  // (dim)
    at::Tensor bias;    // (dim)

private:
    double m_eps;
};
TORCH_MODULE(LayerNorm);

// Llama's RMSNorm as Hugging Face computes it: the statistics in float32, the weight applied after casting
// back to the input dtype (this order matters in bfloat16).
class RmsNormImpl : public torch::nn::Module {
public:
    RmsNormImpl(std::int64_t dim, double eps, const at::TensorOptions &options)
        : m_eps(eps)
    {
        weight = newParameter(*this, "weight", {dim}, options);
    }
    at::Tensor forward(const at::Tensor &x)  // (…, dim)
    {
        auto x32 = x.to(at::kFloat);                                          // (…, dim)
        auto inv = at::rsqrt(x32.pow(2).mean(-1, /*keepdim=*/true) + m_eps);  // (…, 1)
        return weight * (x32 * inv).to(x.scalar_type());                      // (…, dim)
    }

    at::Tensor weight;  // (dim)

private:
    double m_eps;
};
TORCH_MODULE(RmsNorm);

// An ordered group of numbered children ("h.0", "h.1", …) without torch::nn::ModuleList's cloning machinery.
template <typename Holder>
std::vector<Holder> registerNumbered(torch::nn::Module &parent, const std::string &name, std::vector<Holder> items)
{
    auto group = parent.register_module(name, std::make_shared<torch::nn::Module>());
    for (std::size_t i = 0; i < items.size(); ++i)
        group->register_module(std::to_string(i), items[i]);
    return items;
}

}  // namespace noosphere::models::lm
