// Reading a tokenizer.json's normalizer, pre-tokenizer and decoder (each maybe a Sequence) into their classes.
// Internal to models/tokenize; throws LoadError (BadModelFile, UnsupportedModel for a component this build lacks).
#pragma once

#include "tokenize/decoder.h"
#include "tokenize/jsonfields.h"
#include "tokenize/normalizer.h"
#include "tokenize/pretokenizer.h"

namespace noosphere::models {

/// Appends the steps of `config` (null: none) to `out`.
void readNormalizer(const JsonFields &fields, const Json &config, Normalizer &out, int depth = 0);
void readPreTokenizer(const JsonFields &fields, const Json &config, PreTokenizer &out, int depth = 0);
void readDecoder(const JsonFields &fields, const Json &config, Decoder &out, int depth = 0);

}  // namespace noosphere::models
