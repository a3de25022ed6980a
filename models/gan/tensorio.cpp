#include "gan/tensorio.h"

#include <cstring>
#include <vector>

namespace noosphere::models::gan {
namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

at::ScalarType scalarTypeOf(DType dtype)
{
    switch (dtype) {
    case DType::F16:
        return at::kHalf;
    case DType::BF16:
        return at::kBFloat16;
    case DType::F32:
        break;
    }
    return at::kFloat;
}

}  // namespace

Result<void> saveTensors(const std::filesystem::path &file, const NamedTensors &tensors,
                         const std::map<std::string, std::string> &metadata)
{
    std::vector<at::Tensor> keep;
    std::vector<TensorToWrite> out;
    keep.reserve(tensors.size());
    for (const auto &[name, tensor] : tensors) {
        keep.push_back(tensor->detach().to(at::kCPU, at::kFloat).contiguous());
        const auto &cpu = keep.back();
        out.push_back({name, DType::F32, cpu.sizes().vec(),
                       {reinterpret_cast<const std::byte *>(cpu.data_ptr<float>()), std::size_t(cpu.nbytes())}});
    }
    return writeSafetensors(file, out, metadata);
}

Result<void> loadTensors(const SafetensorsFile &file, const NamedTensors &tensors)
{
    at::NoGradGuard noGrad;
    for (const auto &[name, tensor] : tensors) {
        const auto *view = file.find(name);
        if (!view)
            return Error{ErrorCode::BadModelFile, file.path().string() + " lacks the tensor " + name};
        if (view->shape != tensor->sizes().vec())
            return Error{ErrorCode::BadModelFile, file.path().string() + ": " + name + " has the shape " +
                                                      shapeText(view->shape) + ", the network needs " +
                                                      shapeText(tensor->sizes().vec())};
        auto cpu = at::empty(tensor->sizes(), at::TensorOptions().dtype(scalarTypeOf(view->dtype)));
        std::memcpy(cpu.data_ptr(), view->bytes.data(), view->bytes.size());
        if (!at::isfinite(cpu).all().item<bool>())
            return Error{ErrorCode::BadModelFile, file.path().string() + ": " + name + " holds NaN or infinity"};
        tensor->copy_(cpu.to(tensor->scalar_type()));
    }
    return {};
}

}  // namespace noosphere::models::gan
