// The few layers the language models are built from, as small modules under Hugging Face parameter names.
// Ours rather than torch::nn's: parameters are allocated uninitialised on the target device and dtype (the
// loader overwrites them at once), where torch::nn would first fill them with random numbers in float32.
// Internal header: only models/lm includes it.
#pragma once

#include "lm/rowsgemv.h"

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

// x Wᵀ + b for x (…, in) and W (out, in), which may be a transposed view.
// NOTE: a decode step has 1–4 rows. OpenBLAS's GEMM packs the whole weight matrix even for one row and reads
// it at 6–13 GB/s, and its GEMV reads the weights once per row; gemvRows reads them once for all the rows at
// close to the memory bandwidth (measured on the 2-core VM, GPT-2-sized matrices). LibTorch's bfloat16 GEMV on
// the CPU is a slow generic loop and CUDA has no such problem, so only CPU float32 with row-major weights takes
// this path (Conv1D stores its weight so that it is).
inline at::Tensor affine(const at::Tensor &x, const at::Tensor &weight, const at::Tensor &bias)
{
    const auto in = weight.size(1), out = weight.size(0);
    auto x2 = x.reshape({-1, in});  // (N, in)
    const auto n = x2.size(0);
    at::Tensor y;
    if (n <= kGemvMaxRows && x2.is_cpu() && x2.scalar_type() == at::kFloat && weight.scalar_type() == at::kFloat &&
        weight.stride(1) == 1 && (!bias.defined() || bias.is_contiguous()) &&
        !(at::GradMode::is_enabled() && (weight.requires_grad() || x2.requires_grad()))) {  // no autograd here
        x2 = x2.contiguous();
        y = at::empty({n, out}, x2.options());  // (N, out)
        gemvRows(weight.data_ptr<float>(), weight.stride(0), out, in, x2.data_ptr<float>(), n,
                 bias.defined() ? bias.data_ptr<float>() : nullptr, y.data_ptr<float>());
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
        // Stored as the transpose of a row-major (out, in) matrix: the same (in, out) tensor to the loader and
        // to named_parameters(), but the decode step's gemvRows reads each output's weights contiguously.
        weight = register_parameter("weight", at::empty({out, in}, options).t(), /*requires_grad=*/false);
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
