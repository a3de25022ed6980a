// The npm packages that the fixture and reference scripts use, installed on first use into a cache folder outside
// the repository (never node_modules in the tree). Versions are pinned so the -ref files are reproducible.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const kPackages = ['@huggingface/tokenizers@0.2.0', 'js-tiktoken@1.0.21'];

export const cacheDir = process.env.NOOSPHERE_NPM_CACHE ?? path.join(homedir(), '.cache', 'noosphere', 'tokenize-ref');

function ensureInstalled() {
    const marker = path.join(cacheDir, 'node_modules', '.noosphere-' + kPackages.join('+').replace(/[@/]/g, '_'));
    if (existsSync(marker))
        return;
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cacheDir, ...kPackages], {
        stdio: 'inherit',
    });
    mkdirSync(marker, { recursive: true });
}

async function load(relative) {
    ensureInstalled();
    return import(pathToFileURL(path.join(cacheDir, 'node_modules', relative)).href);
}

/// { Tokenizer } from @huggingface/tokenizers (tokenizers.js).
export const hfTokenizers = () => load('@huggingface/tokenizers/dist/tokenizers.mjs');
/// { Tiktoken } from js-tiktoken/lite.
export const tiktokenLite = () => load('js-tiktoken/dist/lite.js');
/// A js-tiktoken rank table ({pat_str, special_tokens, bpe_ranks}), e.g. 'gpt2', 'cl100k_base'.
export const tiktokenRanks = async (name) => (await load(`js-tiktoken/dist/ranks/${name}.js`)).default;

/// The ranks of a js-tiktoken table as a Map from token bytes (Buffer, as latin1 key) to rank.
export function decodeRanks(table) {
    const ranks = new Map();
    for (const line of table.bpe_ranks.split('\n')) {
        if (!line)
            continue;
        const [, offset, ...tokens] = line.split(' ');
        tokens.forEach((b64, i) => ranks.set(Buffer.from(b64, 'base64').toString('latin1'), Number(offset) + i));
    }
    return ranks;
}

/// GPT-2's bytes_to_unicode: byte → the character a byte-level vocabulary spells it with.
export const byteToChar = (() => {
    const bs = [];
    for (let b = 0x21; b <= 0x7e; ++b) bs.push(b);
    for (let b = 0xa1; b <= 0xac; ++b) bs.push(b);
    for (let b = 0xae; b <= 0xff; ++b) bs.push(b);
    const map = new Array(256);
    let n = 0;
    for (let b = 0; b < 256; ++b) map[b] = bs.includes(b) ? String.fromCodePoint(b) : String.fromCodePoint(256 + n++);
    return map;
})();

/// Raw bytes (latin1 string) → byte-level spelling.
export const toByteLevel = (latin1) => Array.from(latin1, (c) => byteToChar[c.charCodeAt(0)]).join('');
