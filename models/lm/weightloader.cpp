// Safetensors → network parameters. All names and shapes are checked before the first byte is copied, so a
// bad checkpoint fails fast and names the tensor at fault.
#include "lm/weightloader.h"

namespace noosphere::models::lm {

namespace {

std::string shapeText(at::IntArrayRef shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

at::ScalarType scalarType(DType dtype)
{
    switch (dtype) {
    case DType::F32:
        return at::kFloat;
    case DType::F16:
        return at::kHalf;
    case DType::BF16:
        return at::kBFloat16;
    }
    return at::kFloat;
}

struct Assignment {
    at::Tensor parameter;
    const TensorView *source = nullptr;
};

}  // namespace

Result<void> loadWeights(CausalLmImpl &network, const SafetensorsSet &weights, const std::filesystem::path &folder,
                         const std::function<bool(double)> &progress)
{
    std::vector<Assignment> plan;
    std::uint64_t totalBytes = 0;
    for (const auto &item : network.named_parameters(/*recurse=*/true)) {
        const auto candidates = network.checkpointNames(item.key());
        const TensorView *source = nullptr;
        for (const auto &name : candidates) {
            if ((source = weights.find(name)))
                break;
        }
        if (!source)
            return Error{ErrorCode::BadModelFile,
                         "the weights in " + folder.string() + " have no tensor '" + candidates.front() + "'"};
        const auto &parameter = item.value();
        if (!parameter.sizes().equals(source->shape))
            return Error{ErrorCode::BadModelFile, "tensor '" + source->name + "' in " + folder.string() +
                                                      " has shape " + shapeText(source->shape) + ", expected " +
                                                      shapeText(parameter.sizes()) + " from config.json"};
        plan.push_back({parameter, source});
        totalBytes += source->bytes.size();
    }

    std::uint64_t doneBytes = 0;
    for (auto &[parameter, source] : plan) {
        // NOTE: the mapped bytes are read-only and may be unaligned; from_blob only reads them here.
        auto view = at::from_blob(const_cast<std::byte *>(source->bytes.data()), source->shape,
                                  at::TensorOptions().dtype(scalarType(source->dtype)));
        parameter.copy_(view);  // converts dtype and crosses to the device
        doneBytes += source->bytes.size();
        if (progress && !progress(totalBytes ? static_cast<double>(doneBytes) / totalBytes : 1.0))
            return Error{ErrorCode::Cancelled, "loading " + folder.string() + " was cancelled"};
    }
    return {};
}

}  // namespace noosphere::models::lm
