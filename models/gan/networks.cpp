#include "gan/networks.h"

#include <cmath>

namespace noosphere::models::gan {
namespace {

const double kSqrt2 = std::sqrt(2.0);

Dense makeDense(int in, int out, const at::TensorOptions &o, double lrMultiplier = 1)
{
    Dense d;
    d.weight = at::empty({out, in}, o);
    d.bias = at::empty({out}, o);
    d.weightGain = lrMultiplier / std::sqrt(double(in));
    d.biasGain = lrMultiplier;
    return d;
}

Conv makeConv(int in, int out, int kernel, bool bias, const at::TensorOptions &o)
{
    Conv c;
    c.weight = at::empty({out, in, kernel, kernel}, o);
    if (bias)
        c.bias = at::empty({out}, o);
    c.weightGain = 1 / std::sqrt(double(in) * kernel * kernel);
    return c;
}

ModulatedConv makeModulated(const GanConfig &c, int in, int out, int kernel, int res, bool up, bool toImage,
                            const at::TensorOptions &o)
{
    ModulatedConv m;
    m.affine = makeDense(c.wDim, in, o);
    m.weight = at::empty({out, in, kernel, kernel}, o);
    m.bias = at::empty({out}, o);
    m.weightGain = 1 / std::sqrt(double(in) * kernel * kernel);
    m.upsample = up;
    m.demodulate = !toImage;
    if (!toImage) {
        m.noiseStrength = at::empty({}, o);
        m.noiseConst = at::empty({1, 1, res, res}, o);
    }
    return m;
}

at::Tensor dense(const Dense &d, const at::Tensor &x, bool activate)
{
    auto y = at::addmm(d.bias * d.biasGain, x, (d.weight * d.weightGain).t());
    return activate ? at::leaky_relu(y, 0.2) * kSqrt2 : y;
}

// NOTE: every convolution runs in channels-last layout. oneDNN's NCHW kernels are slow for the few channels of
// the fine layers: 16 channels at 64 × 64 took 158 ms for 64 pictures on one core, 7 ms channels-last
// (32 at 32 × 32: 84 vs 13 ms), measured here with Debian's PyTorch 1.13.
at::Tensor channelsLast(const at::Tensor &x)
{
    return x.contiguous(at::MemoryFormat::ChannelsLast);
}

at::Tensor conv(const Conv &c, const at::Tensor &x, bool activate)
{
    const auto pad = c.weight.size(2) / 2;
    auto y = at::conv2d(channelsLast(x), channelsLast(c.weight * c.weightGain), c.bias, 1, pad);
    return activate ? at::leaky_relu(y, 0.2) * kSqrt2 : y;
}

at::Tensor upsample2(const at::Tensor &x)
{
    return at::upsample_bilinear2d(x, {x.size(2) * 2, x.size(3) * 2}, /*align_corners=*/false);
}

// StyleGAN2's modulation without the grouped convolution: scaling the input channels by the style before a
// shared convolution, then the output channels by the demodulation factor, is the same arithmetic and lets
// the whole batch share one convolution call.
at::Tensor modulatedConv(const ModulatedConv &m, const at::Tensor &x, const at::Tensor &w, NoiseMode noiseMode)
{
    const auto n = x.size(0);
    auto styles = dense(m.affine, w, false);  // (N, in)
    const auto weight = m.weight * m.weightGain;  // toRGBA's too: StyleGAN2 scales its styles by this gain once
    // Upsampling is per channel, so it commutes with the style; oneDNN's bilinear kernel is faster on NCHW.
    auto y = m.upsample ? upsample2(x.contiguous()) : x;
    y = at::conv2d(channelsLast(y * styles.view({n, -1, 1, 1})), channelsLast(weight), {}, 1, m.weight.size(2) / 2);
    if (!m.demodulate)
        return y + m.bias.view({1, -1, 1, 1});
    // lrelu(y·d + noise·s + b)·√2 = lrelu(y·(d√2) + (noise·s + b)·√2): one multiply-add over the big tensor, with
    // the noise and bias made once as a (1 or N, C, H, W) tensor laid out like y.
    const auto d = at::rsqrt(at::mm(styles.square(), weight.square().sum({2, 3}).t()) + 1e-8) * kSqrt2;  // (N, out)
    const auto bias = (m.bias * kSqrt2).view({1, -1, 1, 1});
    at::Tensor shift;
    if (m.noiseStrength.defined() && noiseMode != NoiseMode::None) {
        const auto noise = noiseMode == NoiseMode::Const ? m.noiseConst
                                                         : at::randn({n, 1, y.size(2), y.size(3)}, y.options());
        shift = channelsLast(noise * (m.noiseStrength * kSqrt2) + bias);
    } else {
        shift = bias;
    }
    y = at::addcmul(shift, y, d.view({n, -1, 1, 1}));
    return at::GradMode::is_enabled() ? at::leaky_relu(y, 0.2) : at::leaky_relu_(y, 0.2);
}

void addDense(NamedTensors &out, const std::string &name, Dense &d)
{
    out.emplace_back(name + ".weight", &d.weight);
    out.emplace_back(name + ".bias", &d.bias);
}

void addConv(NamedTensors &out, const std::string &name, Conv &c)
{
    out.emplace_back(name + ".weight", &c.weight);
    if (c.bias.defined())
        out.emplace_back(name + ".bias", &c.bias);
}

Trunk makeTrunk(const GanConfig &c, int inChannels, int outputs, bool minibatchStd, const at::TensorOptions &o)
{
    Trunk t;
    t.minibatchStd = minibatchStd;
    t.fromImage = makeConv(inChannels, c.channelsAt(c.resolution), 1, true, o);
    for (int res = c.resolution; res > 4; res /= 2) {
        const int in = c.channelsAt(res), out = c.channelsAt(res / 2);
        t.blocks.push_back({makeConv(in, in, 3, true, o), makeConv(in, out, 3, true, o), makeConv(in, out, 1, false, o)});
    }
    const int c4 = c.channelsAt(4);
    t.epilogueConv = makeConv(c4 + (minibatchStd ? 1 : 0), c4, 3, true, o);
    t.epilogueDense = makeDense(c4 * 16, c4, o);
    t.out = makeDense(c4, outputs, o);
    return t;
}

// StyleGAN's minibatch standard deviation: one more feature map saying how varied the group is, so that the
// discriminator can see a generator that answers everything with one picture.
at::Tensor appendMinibatchStd(const at::Tensor &x)
{
    const auto n = x.size(0), ch = x.size(1), h = x.size(2), w = x.size(3);
    const auto group = std::min<std::int64_t>(4, n);
    if (n % group != 0)
        return at::cat({x, at::zeros({n, 1, h, w}, x.options())}, 1);
    auto y = x.view({group, n / group, ch, h, w});
    y = (y - y.mean(0)).square().mean(0);         // (N/G, C, H, W)
    y = (y + 1e-8).sqrt().mean({1, 2, 3});        // (N/G)
    y = y.view({1, n / group, 1, 1, 1}).repeat({group, 1, 1, h, w}).view({n, 1, h, w});
    return at::cat({x, y}, 1);
}

}  // namespace

NamedTensors Generator::parameters()
{
    NamedTensors out;
    for (std::size_t i = 0; i < mapping.size(); ++i)
        addDense(out, "mapping." + std::to_string(i), mapping[i]);
    out.emplace_back("synthesis.const", &constInput);
    const auto addModulated = [&](const std::string &name, ModulatedConv &m) {
        addDense(out, name + ".affine", m.affine);
        out.emplace_back(name + ".weight", &m.weight);
        out.emplace_back(name + ".bias", &m.bias);
        if (m.noiseStrength.defined())
            out.emplace_back(name + ".noise_strength", &m.noiseStrength);
    };
    for (std::size_t i = 0; i < convs.size(); ++i)
        addModulated("synthesis.conv." + std::to_string(i), convs[i]);
    for (std::size_t i = 0; i < toRgba.size(); ++i)
        addModulated("synthesis.torgba." + std::to_string(i), toRgba[i]);
    return out;
}

NamedTensors Generator::buffers()
{
    NamedTensors out{{"mapping.w_avg", &wAvg}};
    for (std::size_t i = 0; i < convs.size(); ++i)
        out.emplace_back("synthesis.conv." + std::to_string(i) + ".noise_const", &convs[i].noiseConst);
    return out;
}

at::Tensor Generator::map(const at::Tensor &z) const
{
    auto x = z * at::rsqrt(z.square().mean(1, true) + 1e-8);
    for (const auto &layer : mapping)
        x = dense(layer, x, true);
    return x;
}

at::Tensor Generator::synthesize(const at::Tensor &wPlus, NoiseMode noise) const
{
    const auto n = wPlus.size(0);
    auto x = constInput.unsqueeze(0).expand({n, -1, -1, -1});
    std::size_t conv = 0;
    at::Tensor image;
    for (std::size_t block = 0; block < toRgba.size(); ++block) {
        const int convsHere = block == 0 ? 1 : 2;
        for (int i = 0; i < convsHere; ++i, ++conv)
            x = modulatedConv(convs[conv], x, wPlus.select(1, std::int64_t(conv)), noise);
        auto rgba = modulatedConv(toRgba[block], x, wPlus.select(1, std::int64_t(conv)), NoiseMode::None);
        image = image.defined() ? upsample2(image) + rgba : rgba;
    }
    return image;
}

NamedTensors Trunk::parameters(const std::string &prefix)
{
    NamedTensors list;
    addConv(list, prefix + ".from_image", fromImage);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto name = prefix + ".block." + std::to_string(i);
        addConv(list, name + ".conv0", blocks[i].conv0);
        addConv(list, name + ".conv1", blocks[i].conv1);
        addConv(list, name + ".skip", blocks[i].skip);
    }
    addConv(list, prefix + ".epilogue.conv", epilogueConv);
    addDense(list, prefix + ".epilogue.dense", epilogueDense);
    addDense(list, prefix + ".out", out);
    return list;
}

at::Tensor Trunk::forward(const at::Tensor &image) const
{
    const double half = std::sqrt(0.5);
    auto x = conv(fromImage, image, true);
    for (const auto &b : blocks) {
        auto skipped = conv(b.skip, at::avg_pool2d(x, 2), false) * half;
        x = conv(b.conv0, x, true);
        x = at::avg_pool2d(conv(b.conv1, x, false), 2);
        x = (at::leaky_relu(x, 0.2) * kSqrt2) * half + skipped;
    }
    if (minibatchStd)
        x = appendMinibatchStd(x);
    x = conv(epilogueConv, x, true);
    x = dense(epilogueDense, x.flatten(1), true);
    return dense(out, x, false);
}

Generator makeGenerator(const GanConfig &c, const at::TensorOptions &o)
{
    Generator g;
    g.config = c;
    for (int i = 0; i < c.mappingLayers; ++i)
        g.mapping.push_back(makeDense(i == 0 ? c.zDim : c.wDim, c.wDim, o, c.mappingLrMultiplier));
    g.constInput = at::empty({c.channelsAt(4), 4, 4}, o);
    for (const int res : c.resolutions()) {
        const int out = c.channelsAt(res);
        if (res == 4) {
            g.convs.push_back(makeModulated(c, out, out, 3, res, false, false, o));
        } else {
            g.convs.push_back(makeModulated(c, c.channelsAt(res / 2), out, 3, res, true, false, o));
            g.convs.push_back(makeModulated(c, out, out, 3, res, false, false, o));
        }
        g.toRgba.push_back(makeModulated(c, out, c.imageChannels, 1, res, false, true, o));
    }
    g.wAvg = at::zeros({c.wDim}, o);
    return g;
}

Trunk makeDiscriminator(const GanConfig &c, const at::TensorOptions &o)
{
    return makeTrunk(c, c.imageChannels, 1, true, o);
}

Trunk makeEncoder(const GanConfig &c, const at::TensorOptions &o)
{
    return makeTrunk(c, c.imageChannels + 1, c.wDim, false, o);
}

void initialiseGenerator(Generator &g)
{
    at::NoGradGuard noGrad;
    for (auto &layer : g.mapping) {
        layer.weight.normal_(0, 1 / g.config.mappingLrMultiplier);
        layer.bias.zero_();
    }
    g.constInput.normal_();
    for (auto *list : {&g.convs, &g.toRgba}) {
        for (auto &m : *list) {
            m.affine.weight.normal_();
            m.affine.bias.fill_(1);  // styles start at 1: the convolution as if unmodulated
            m.weight.normal_();
            m.bias.zero_();
            if (m.noiseStrength.defined()) {
                m.noiseStrength.zero_();
                m.noiseConst.normal_();
            }
        }
    }
    g.wAvg.zero_();
}

void initialiseTrunk(Trunk &t)
{
    at::NoGradGuard noGrad;
    for (auto &[name, tensor] : t.parameters("t")) {
        if (name.ends_with(".bias"))
            tensor->zero_();
        else
            tensor->normal_();
    }
}

at::Tensor broadcastStyles(const at::Tensor &w, int styles)
{
    return w.unsqueeze(1).expand({-1, styles, -1});
}

}  // namespace noosphere::models::gan
