// Writes the tokenizer fixtures in tests/data/tokenize/ (deterministic; rerun after changing this script, then
// rerun make-reference.mjs):
//   gpt2/             vocab.json + merges.txt: the first kTiktokenTokens tokens of GPT-2 (js-tiktoken's "gpt2" ranks)
//   gpt2-json/        the same tokenizer as a tokenizer.json
//   llama3/           tokenizer.json (+ tokenizer_config.json): the first kTiktokenTokens tokens of cl100k_base (the
//                     first 100k ids of Llama 3's vocabulary), Llama 3's Split regex, ignore_merges, its specials
//   llama2/           tokenizer.json, Llama 2/TinyLlama style (Prepend + Replace normalizer, byte_fallback): a
//                     small BPE trained here on kjv-genesis.txt
//   llama2-metaspace/ the same vocabulary with a Metaspace(prepend_scheme "first") pre-tokenizer, merges as pairs
// Usage: node tests/tokenize/make-fixtures.mjs   (npm packages go to ~/.cache/noosphere/tokenize-ref)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeRanks, tiktokenRanks, toByteLevel } from './refdeps.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, '..', 'data', 'tokenize');

// Tokens kept from each tiktoken table (256 bytes + merges): small files, still thousands of real merges.
const kTiktokenTokens = 4096;
// Merges learnt for the Llama 2 style fixture.
const kLlama2Merges = 1500;
const kMetaspace = '\u2581';
const kLlama3Pattern =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

// tiktoken's byte-pair merge of `bytes` (latin1 string) using only ranks below `maxRank`: the parts it ends with.
function bytePairParts(bytes, ranks, maxRank) {
    let parts = Array.from(bytes);
    while (parts.length > 1) {
        let best = -1;
        let bestRank = Infinity;
        for (let i = 0; i + 1 < parts.length; ++i) {
            const r = ranks.get(parts[i] + parts[i + 1]);
            if (r !== undefined && r < maxRank && r < bestRank) {
                bestRank = r;
                best = i;
            }
        }
        if (best < 0)
            break;
        parts.splice(best, 2, parts[best] + parts[best + 1]);
    }
    return parts;
}

// The first `count` ranks of a tiktoken table, as [bytes, rank] ordered by rank.
function firstRanks(ranks, count) {
    return [...ranks.entries()].filter(([, r]) => r < count).sort((a, b) => a[1] - b[1]);
}

// GPT-2 style merges: one per token, the pair tiktoken's own merging ends with (what merges.txt lists).
function singleMerges(tokens, ranks) {
    const merges = [];
    for (const [bytes, rank] of tokens) {
        if (bytes.length < 2)
            continue;
        const parts = bytePairParts(bytes, ranks, rank);
        if (parts.length !== 2)
            throw new Error(`token ${rank} is not one merge away`);
        merges.push([toByteLevel(parts[0]), toByteLevel(parts[1])]);
    }
    return merges;
}

// Hugging Face's tiktoken conversion (transformers' TikTokenConverter): every split of a token into two tokens is a
// merge at the token's rank, which makes rank-ordered BPE reproduce tiktoken.
function convertedMerges(tokens, ranks) {
    const merges = [];
    for (const [bytes, rank] of tokens) {
        const local = [];
        for (let i = 1; i < bytes.length; ++i) {
            const l = ranks.get(bytes.slice(0, i));
            const r = ranks.get(bytes.slice(i));
            if (l !== undefined && r !== undefined && l < kTiktokenTokens && r < kTiktokenTokens)
                local.push([l, r, bytes.slice(0, i), bytes.slice(i)]);
        }
        local.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (const [, , l, r] of local)
            merges.push([toByteLevel(l), toByteLevel(r)]);
    }
    return merges;
}

// tokenizer.json text in Hugging Face's layout, with one vocab entry and one merge per line.
function tokenizerJsonText(tokenizer) {
    const { vocab, merges, ...model } = tokenizer.model;
    const text = JSON.stringify({ ...tokenizer, model: { ...model, vocab: '@VOCAB@', merges: '@MERGES@' } }, null, 2);
    const vocabText = '{\n' + Object.entries(vocab).map(([t, id]) => `      ${JSON.stringify(t)}: ${id}`).join(',\n') +
        '\n    }';
    const mergesText = '[\n' + merges.map((m) => '      ' + JSON.stringify(m)).join(',\n') + '\n    ]';
    return text.replace('"@VOCAB@"', () => vocabText).replace('"@MERGES@"', () => mergesText) + '\n';
}

function write(relative, text) {
    const file = path.join(dataDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${Buffer.byteLength(text)} bytes)`);
}

const added = (id, content, special, normalized = false) =>
    ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized, special });

function makeGpt2(ranks) {
    const tokens = firstRanks(ranks, kTiktokenTokens);
    const vocab = Object.fromEntries(tokens.map(([bytes, rank]) => [toByteLevel(bytes), rank]));
    vocab['<|endoftext|>'] = kTiktokenTokens;
    const merges = singleMerges(tokens, ranks);
    write('gpt2/vocab.json', JSON.stringify(vocab) + '\n');
    write('gpt2/merges.txt', '#version: 0.2\n' + merges.map((m) => m.join(' ')).join('\n') + '\n');
    // As Hugging Face's gpt2 tokenizer.json has it.
    const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
    write('gpt2-json/tokenizer.json', tokenizerJsonText({
        version: '1.0', truncation: null, padding: null,
        added_tokens: [added(kTiktokenTokens, '<|endoftext|>', true, true)],
        normalizer: null, pre_tokenizer: byteLevel, post_processor: byteLevel, decoder: byteLevel,
        model: {
            type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '',
            fuse_unk: false, byte_fallback: false, vocab, merges: merges.map((m) => m.join(' ')),
        },
    }));
}

function makeLlama3(ranks) {
    const tokens = firstRanks(ranks, kTiktokenTokens);
    const vocab = Object.fromEntries(tokens.map(([bytes, rank]) => [toByteLevel(bytes), rank]));
    const specials = ['<|begin_of_text|>', '<|end_of_text|>', '<|reserved_special_token_0|>',
        '<|reserved_special_token_1|>', '<|reserved_special_token_2|>', '<|reserved_special_token_3|>',
        '<|start_header_id|>', '<|end_header_id|>', '<|reserved_special_token_4|>', '<|eot_id|>'];
    const addedTokens = specials.map((s, i) => added(kTiktokenTokens + i, s, true));
    // Not in Llama 3: a non-special added token, which Hugging Face matches whatever parseSpecial says.
    addedTokens.push(added(kTiktokenTokens + specials.length, '<tool_call>', false));
    const bos = addedTokens[0];
    write('llama3/tokenizer.json', tokenizerJsonText({
        version: '1.0', truncation: null, padding: null, added_tokens: addedTokens, normalizer: null,
        pre_tokenizer: { type: 'Sequence', pretokenizers: [
            { type: 'Split', pattern: { Regex: kLlama3Pattern }, behavior: 'Isolated', invert: false },
            { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] },
        post_processor: { type: 'Sequence', processors: [
            { type: 'ByteLevel', add_prefix_space: true, trim_offsets: false, use_regex: true },
            { type: 'TemplateProcessing',
                single: [{ SpecialToken: { id: bos.content, type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
                pair: [{ SpecialToken: { id: bos.content, type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } },
                    { SpecialToken: { id: bos.content, type_id: 1 } }, { Sequence: { id: 'B', type_id: 1 } }],
                special_tokens: { [bos.content]: { id: bos.content, ids: [bos.id], tokens: [bos.content] } } }] },
        decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
        model: {
            type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null,
            fuse_unk: false, byte_fallback: false, ignore_merges: true, vocab, merges: convertedMerges(tokens, ranks),
        },
    }));
    write('llama3/tokenizer_config.json', JSON.stringify({
        bos_token: '<|begin_of_text|>', eos_token: '<|end_of_text|>', clean_up_tokenization_spaces: true,
        model_max_length: 131072, tokenizer_class: 'PreTrainedTokenizerFast',
    }, null, 2) + '\n');
}

// SentencePiece-like BPE: words are "▁" + each whitespace-separated word; the most frequent adjacent pair is
// merged each round (ties: the smaller pair, so the result does not depend on map order).
function trainLlama2(text) {
    const counts = new Map();
    for (const word of text.split(/\s+/).filter(Boolean))
        counts.set(kMetaspace + word, (counts.get(kMetaspace + word) ?? 0) + 1);
    const words = [...counts.entries()].map(([w, n]) => ({ symbols: Array.from(w), n }));
    const alphabet = new Set([kMetaspace]);
    for (const { symbols } of words)
        symbols.forEach((c) => alphabet.add(c));
    // Common Chinese characters as single tokens, so that CJK text mixes character tokens and byte fallback.
    Array.from('的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年学北京文').forEach((c) => alphabet.add(c));

    // Runs of spaces, as Llama 2's vocabulary has them early (its merges start "▁ t", "e r", "i n", "▁ a", …).
    const merges = [[kMetaspace, kMetaspace]];
    while (merges.length < kLlama2Merges) {
        const pairs = new Map();
        for (const { symbols, n } of words)
            for (let i = 0; i + 1 < symbols.length; ++i) {
                const key = symbols[i] + '\u0000' + symbols[i + 1];
                pairs.set(key, (pairs.get(key) ?? 0) + n);
            }
        let best = null;
        let bestCount = 0;
        for (const [key, n] of pairs)
            if (n > bestCount || (n === bestCount && key < best)) {
                best = key;
                bestCount = n;
            }
        if (!best)
            break;
        const [a, b] = best.split('\u0000');
        merges.push([a, b]);
        if (merges.length === 100)
            merges.push([kMetaspace + kMetaspace, kMetaspace + kMetaspace]);
        for (const word of words) {
            const s = word.symbols;
            for (let i = 0; i + 1 < s.length; ++i)
                if (s[i] === a && s[i + 1] === b)
                    s.splice(i, 2, a + b);
        }
    }
    const vocab = { '<unk>': 0, '<s>': 1, '</s>': 2 };
    for (let b = 0; b < 256; ++b)
        vocab[`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`] = 3 + b;
    for (const [a, b] of merges)
        vocab[a + b] ??= Object.keys(vocab).length;
    for (const c of [...alphabet].sort())
        vocab[c] ??= Object.keys(vocab).length;
    return { vocab, merges };
}

function makeLlama2(text) {
    const { vocab, merges } = trainLlama2(text);
    const specials = [added(0, '<unk>', true), added(1, '<s>', true), added(2, '</s>', true)];
    const template = {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
        pair: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } },
            { SpecialToken: { id: '<s>', type_id: 1 } }, { Sequence: { id: 'B', type_id: 1 } }],
        special_tokens: { '<s>': { id: '<s>', ids: [1], tokens: ['<s>'] } },
    };
    const decoder = { type: 'Sequence', decoders: [
        { type: 'Replace', pattern: { String: kMetaspace }, content: ' ' }, { type: 'ByteFallback' }, { type: 'Fuse' },
        { type: 'Strip', content: ' ', start: 1, stop: 0 }] };
    const model = (mergeList) => ({
        type: 'BPE', dropout: null, unk_token: '<unk>', continuing_subword_prefix: null, end_of_word_suffix: null,
        fuse_unk: true, byte_fallback: true, vocab, merges: mergeList,
    });
    // meta-llama/Llama-2-7b-hf and TinyLlama: the "legacy" layout.
    write('llama2/tokenizer.json', tokenizerJsonText({
        version: '1.0', truncation: null, padding: null, added_tokens: specials,
        normalizer: { type: 'Sequence', normalizers: [
            { type: 'Prepend', prepend: kMetaspace }, { type: 'Replace', pattern: { String: ' ' }, content: kMetaspace }] },
        pre_tokenizer: null, post_processor: template, decoder, model: model(merges.map((m) => m.join(' '))),
    }));
    // transformers' LlamaConverter with legacy=False, written by tokenizers ≥ 0.20 (merges as pairs).
    write('llama2-metaspace/tokenizer.json', tokenizerJsonText({
        version: '1.0', truncation: null, padding: null, added_tokens: specials, normalizer: null,
        pre_tokenizer: { type: 'Metaspace', replacement: kMetaspace, prepend_scheme: 'first', split: false },
        post_processor: template, decoder, model: model(merges),
    }));
    write('llama2-metaspace/tokenizer_config.json', JSON.stringify({
        add_bos_token: true, add_eos_token: false, legacy: false,
        bos_token: { __type: 'AddedToken', content: '<s>', lstrip: false, normalized: false, rstrip: false,
            single_word: false },
        eos_token: { __type: 'AddedToken', content: '</s>', lstrip: false, normalized: false, rstrip: false,
            single_word: false },
        tokenizer_class: 'LlamaTokenizer',
    }, null, 2) + '\n');
}

makeGpt2(decodeRanks(await tiktokenRanks('gpt2')));
makeLlama3(decodeRanks(await tiktokenRanks('cl100k_base')));
makeLlama2(readFileSync(path.join(dataDir, 'kjv-genesis.txt'), 'utf8'));
