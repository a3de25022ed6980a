// Writes tests/data/knowledge/sentiment-ref.json: npm vader-sentiment's polarity_scores for every line of
// tests/data/knowledge/sentiment-sentences.txt, which tst_sentiment compares the C++ port with.
// The package comes from the npm data folder that scripts/npm-data.sh fills (pinned vader-sentiment@1.1.3),
// installed first if it is missing.
// Usage: node tests/knowledge/make-sentiment-reference.mjs [--stdout]
// (--stdout: print the JSON instead of writing the file; tst_sentiment runs it so at each test run.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const kVersion = '1.1.3';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const dataDir = path.join(root, 'tests', 'data', 'knowledge');

// The same folder as the C++ side: $NOOSPHERE_NPM_DATA_DIR (a node_modules folder), else npm-data.sh's.
const modulesDir = process.env.NOOSPHERE_NPM_DATA_DIR ??
    path.join(process.env.NOOSPHERE_NPM_DATA ?? path.join(homedir(), '.cache', 'noosphere', 'npm-data'), 'node_modules');
if (!existsSync(path.join(modulesDir, 'vader-sentiment', 'package.json')))
    execFileSync(path.join(root, 'scripts', 'npm-data.sh'), { stdio: 'inherit' });
const require = createRequire(path.join(modulesDir, 'noop.js'));
const { version } = require('vader-sentiment/package.json');
if (version !== kVersion)
    throw new Error(`vader-sentiment ${version} in ${modulesDir}; the reference is ${kVersion}`);
// The package's main (its webpack bundle), exactly what an npm user runs.
const { SentimentIntensityAnalyzer } = require('vader-sentiment');

const sentences = readFileSync(path.join(dataDir, 'sentiment-sentences.txt'), 'utf8').split('\n');
if (sentences.at(-1) === '')
    sentences.pop();
const rows = sentences.map((text) => JSON.stringify({ text, ...SentimentIntensityAnalyzer.polarity_scores(text) }));
const json = `{"package": "vader-sentiment@${kVersion}", "sentences": [\n${rows.join(',\n')}\n]}\n`;
if (process.argv.includes('--stdout')) {
    process.stdout.write(json);
} else {
    const out = path.join(dataDir, 'sentiment-ref.json');
    writeFileSync(out, json);
    console.log(`${out}: ${rows.length} sentences`);
}
