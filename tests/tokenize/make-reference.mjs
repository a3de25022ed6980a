// Writes tests/data/tokenize/<fixture>-ref.json: the ids that the reference tokenizers give for a set of strings,
// which tst_tokenize compares with. Reference: tokenizers.js (@huggingface/tokenizers, a port of Hugging Face
// tokenizers) over each fixture's tokenizer.json; for GPT-2 also js-tiktoken over the same ranks, which must agree.
// Usage: node tests/tokenize/make-reference.mjs [--full-gpt2 DIR]
//   --full-gpt2 DIR  also writes the whole GPT-2 vocab.json + merges.txt (from js-tiktoken's ranks) and
//                    gpt2-full-ref.json into DIR, outside the repository; tst_tokenize checks them when
//                    NOOSPHERE_GPT2_FULL_DIR=DIR is set.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeRanks, hfTokenizers, tiktokenLite, tiktokenRanks, toByteLevel } from './refdeps.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, '..', 'data', 'tokenize');
const { Tokenizer } = await hfTokenizers();
const { Tiktoken } = await tiktokenLite();

// NOTE: no U+0085 or U+FEFF: tokenizers.js's built-in ByteLevel regex uses JavaScript's \s, which differs from
// Oniguruma's (and ICU's) on exactly those two characters.
const kStrings = [
    '',
    ' ',
    'Hello world',
    'Hello, world! How are you today?',
    'The quick brown fox jumps over the lazy dog.',
    "I'm sure they'll say we've done it, but she'd disagree and it's DON'T, I'M, YOU'RE.",
    "can't won't shouldn't o'clock rock'n'roll",
    'In the beginning God created the heaven and the earth.',
    'Numbers: 12345 3.14159 1,000,000 2024-01-01 007 1234567890',
    '  multiple   spaces   between   words  ',
    ' leading space',
    'trailing space ',
    '\ttab\tseparated\tvalues\t',
    'line one\r\nline two\n\nline four\r\n',
    '\n\n\n',
    '   \n   \n',
    'a\u00a0non-breaking\u3000ideographic\u2003em space',
    '我们在北京学习中文。这是一个测试。',
    '大家好，我是你的朋友。',
    'こんにちは、世界！カタカナとひらがな。',
    '안녕하세요 세계',
    'Привет, мир! Ёжик.',
    'Γειά σου Κόσμε',
    'مرحبا بالعالم',
    'नमस्ते दुनिया',
    'สวัสดีชาวโลก',
    'café naïve résumé Ünïcödé façade',
    'e\u0301 vs \u00e9 (combining acute)',
    '😀 😃 😄 👍🏽 🙏',
    'family: 👨\u200d👩\u200d👧\u200d👦 and 🏳️\u200d🌈',
    'flags 🇫🇷🇯🇵🇺🇸',
    '❤️ ✨ ©️ ™',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛',
    'def square(x):\n    return x ** 2  # comment\n',
    'for (int i = 0; i < n; ++i) {\n\tsum += a[i];\n}',
    '<div class="note">&amp; &lt;tag&gt;</div>',
    'https://example.com/path?query=1&x=y#frag',
    '{"key": [1, 2, 3], "nested": {"a": null}}',
    '$HOME/bin:/usr/local/bin   ~/.config',
    'Hello<|endoftext|>world',
    '<|endoftext|>',
    '<|endoftext|',
    '<|begin_of_text|>Hi<|eot_id|>',
    '<|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|>',
    'call <tool_call>{"name": "f"} done',
    '<s>Hello</s>',
    'Hi <s> there </s>',
    'a\u2581b',
    '.....!!!???---',
    'ALL CAPS SENTENCE WITH NUMBERS 42',
    'mixedCase camelCase snake_case kebab-case',
    // A long stretch of real prose with its line breaks and verse numbers.
    readFileSync(path.join(dataDir, 'kjv-genesis.txt'), 'utf8').slice(0, 6000),
];

// tokenizer.json without its special added tokens: how Hugging Face encodes when specials are not parsed
// (transformers' split_special_tokens=True); tokenizers.js always cuts them out.
function withoutSpecials(json) {
    return { ...json, added_tokens: json.added_tokens.filter((t) => !t.special) };
}

function readJson(file) {
    return JSON.parse(readFileSync(file, 'utf8'));
}

function reference(fixture, strings) {
    const dir = path.join(dataDir, fixture);
    const json = readJson(path.join(dir, 'tokenizer.json'));
    const configFile = path.join(dir, 'tokenizer_config.json');
    const config = existsSync(configFile) ? readJson(configFile) : {};
    const all = new Tokenizer(json, config);
    const plain = new Tokenizer(withoutSpecials(json), config);
    const options = { add_special_tokens: false };
    return strings.map((text) => {
        const ids = plain.encode(text, options).ids;
        const idsSpecial = all.encode(text, options).ids;
        const decoded = ids.length ? plain.decode(ids, { clean_up_tokenization_spaces: false }) : '';
        return { text, ids, idsSpecial, decoded };
    });
}

function writeRef(file, fixture, cases) {
    const body = {
        generator: 'tests/tokenize/make-reference.mjs (@huggingface/tokenizers 0.2.0, js-tiktoken 1.0.21)',
        fixture,
        cases,
    };
    const text = '{\n' + Object.entries(body).filter(([k]) => k !== 'cases')
        .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('') +
        '  "cases": [\n' + cases.map((c) => '    ' + JSON.stringify(c)).join(',\n') + '\n  ]\n}\n';
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${cases.length} cases)`);
}

// js-tiktoken over the ranks that a vocab.json spells: an independent check of the GPT-2 references.
function tiktokenFromVocab(vocab, patStr) {
    const unicodeToByte = new Map();
    for (let b = 0; b < 256; ++b)
        unicodeToByte.set(toByteLevel(String.fromCharCode(b)), b);
    const lines = Object.entries(vocab).filter(([t]) => t !== '<|endoftext|>').map(([t, id]) => {
        const bytes = Buffer.from(Array.from(t, (c) => unicodeToByte.get(c)));
        return `x ${id} ${bytes.toString('base64')}`;
    });
    return new Tiktoken({ pat_str: patStr, special_tokens: { '<|endoftext|>': vocab['<|endoftext|>'] },
        bpe_ranks: lines.join('\n') });
}

function checkWithTiktoken(cases, tiktoken, name) {
    let mismatches = 0;
    for (const c of cases) {
        const ids = tiktoken.encode(c.text, [], []);
        const idsSpecial = tiktoken.encode(c.text, 'all', []);
        if (JSON.stringify(ids) !== JSON.stringify(c.ids) || JSON.stringify(idsSpecial) !== JSON.stringify(c.idsSpecial)) {
            console.error(`${name}: js-tiktoken disagrees on ${JSON.stringify(c.text)}`);
            ++mismatches;
        }
    }
    if (mismatches)
        throw new Error(`${name}: ${mismatches} strings differ between tokenizers.js and js-tiktoken`);
    console.log(`${name}: js-tiktoken agrees on all ${cases.length} strings`);
}

const gpt2Table = await tiktokenRanks('gpt2');
for (const fixture of ['gpt2-json', 'llama3', 'llama2', 'llama2-metaspace']) {
    const cases = reference(fixture, kStrings);
    if (fixture === 'gpt2-json')
        checkWithTiktoken(cases, tiktokenFromVocab(readJson(path.join(dataDir, 'gpt2', 'vocab.json')),
            gpt2Table.pat_str), 'gpt2');
    // gpt2/ (vocab.json + merges.txt) is the same tokenizer as gpt2-json/, so it shares this file.
    writeRef(path.join(dataDir, `${fixture.replace('-json', '')}-ref.json`), fixture, cases);
}

const fullIndex = process.argv.indexOf('--full-gpt2');
if (fullIndex > 0) {
    // The whole GPT-2 tokenizer, rebuilt from js-tiktoken's ranks (GPT-2's ids are its ranks; merges.txt lists,
    // per token, the last pair that tiktoken's merging joins). Too large for the repository.
    const dir = process.argv[fullIndex + 1];
    mkdirSync(dir, { recursive: true });
    const ranks = decodeRanks(gpt2Table);
    const tokens = [...ranks.entries()].sort((a, b) => a[1] - b[1]);
    const vocab = Object.fromEntries(tokens.map(([bytes, rank]) => [toByteLevel(bytes), rank]));
    vocab['<|endoftext|>'] = gpt2Table.special_tokens['<|endoftext|>'];
    const merges = [];
    for (const [bytes, rank] of tokens) {
        if (bytes.length < 2)
            continue;
        let parts = Array.from(bytes);
        while (parts.length > 2) {
            let best = -1;
            let bestRank = Infinity;
            for (let i = 0; i + 1 < parts.length; ++i) {
                const r = ranks.get(parts[i] + parts[i + 1]);
                if (r !== undefined && r < rank && r < bestRank)
                    [best, bestRank] = [i, r];
            }
            if (best < 0)
                break;
            parts.splice(best, 2, parts[best] + parts[best + 1]);
        }
        merges.push(parts.map(toByteLevel).join(' '));
    }
    writeFileSync(path.join(dir, 'vocab.json'), JSON.stringify(vocab));
    writeFileSync(path.join(dir, 'merges.txt'), '#version: 0.2\n' + merges.join('\n') + '\n');
    const { Tiktoken: FullTiktoken } = await tiktokenLite();
    const tiktoken = new FullTiktoken(gpt2Table);
    const cases = kStrings.map((text) => ({ text, ids: tiktoken.encode(text, [], []),
        idsSpecial: tiktoken.encode(text, 'all', []) }));
    writeRef(path.join(dir, 'gpt2-full-ref.json'), 'gpt2-full', cases);
}
