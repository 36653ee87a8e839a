// Writes a synthetic corpus of N practices, valid against the content model, twice:
//   <out>/ours/  a project for `site build` (data/ from this repository, input/praktijken/*.md)
//   <out>/hugo/  the same Markdown and front matter for Hugo, with layouts of the same page kinds
// Usage: node bench/generate-corpus.mjs <count> <out-dir>
// Deterministic: the same count gives the same files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [count, out] = [Number(process.argv[2]), process.argv[3]];
if (!count || !out) {
  console.error('usage: node bench/generate-corpus.mjs <count> <out-dir>');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Slugs straight from the reference data, without a YAML dependency: every "- slug: x" line.
const slugs = (file) => [...fs.readFileSync(path.join(repo, 'data', file), 'utf8').matchAll(/^\s*- slug: ([a-z0-9-]+)/gm)].map((m) => m[1]);
const gemeentenText = fs.readFileSync(path.join(repo, 'data', 'gemeenten.yml'), 'utf8');
const municipalities = slugs('gemeenten.yml').slice(0, gemeentenText.slice(0, gemeentenText.indexOf('fusies:')).match(/- slug:/g).length);
const themes = slugs('themas.yml');
const groups = slugs('doelgroepen.yml');

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const words = ('samenleven diversiteit nieuwkomers taal onthaal buurt vrijwilligers gemeente stad school ouders jongeren ' +
  'participatie ontmoeting netwerk vorming begeleiding werk armoede cultuur sport vereniging dienst loket klare ' +
  'communicatie sensibilisering discriminatie gelijke kansen inburgering oriëntatie financiën wonen gezondheid ' +
  'welzijn partners project aanpak evaluatie middelen bereik betrokkenheid vertrouwen').split(' ');
const sentence = (n) => {
  const s = Array.from({ length: n }, () => pick(words)).join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
};
const paragraph = () => Array.from({ length: 4 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 10))).join(' ');

const ours = path.join(out, 'ours');
const hugo = path.join(out, 'hugo');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(ours, 'input', 'praktijken'), { recursive: true });
fs.mkdirSync(path.join(hugo, 'content', 'praktijken'), { recursive: true });
fs.cpSync(path.join(repo, 'data'), path.join(ours, 'data'), { recursive: true });
fs.cpSync(path.join(repo, 'themes', 'default', 'assets'), path.join(ours, 'themes', 'default', 'assets'), { recursive: true });
fs.cpSync(path.join(repo, 'bench', 'hugo'), hugo, { recursive: true });
for (const page of ['over', 'bijdragen', 'toegankelijkheid']) {
  const text = `---\ntitle: ${page}\nsummary: Een vaste pagina.\n---\n${paragraph()}\n`;
  fs.writeFileSync(path.join(ours, 'input', `${page}.md`), text);
  fs.writeFileSync(path.join(hugo, 'content', `${page}.md`), text);
}

for (let i = 1; i <= count; i++) {
  const slug = `praktijk-${String(i).padStart(5, '0')}`;
  const gemeenten = [...new Set([pick(municipalities), ...(random() < 0.1 ? [pick(municipalities)] : [])])];
  const themas = [...new Set([pick(themes), pick(themes), pick(themes)])].slice(0, 1 + Math.floor(random() * 3));
  const doelgroepen = [...new Set([pick(groups), pick(groups)])];
  const start = 2010 + Math.floor(random() * 16);
  const status = random() < 0.7 ? 'lopend' : 'afgerond';
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 4000) * 86400000).toISOString().slice(0, 10);
  const front = [
    '---',
    `title: "${sentence(3 + Math.floor(random() * 4)).slice(0, -1)} ${i}"`,
    `summary: "${sentence(14).slice(0, 200)}"`,
    `gemeenten: [${gemeenten.join(', ')}]`,
    `themas: [${themas.join(', ')}]`,
    `doelgroepen: [${doelgroepen.join(', ')}]`,
    'periode:',
    `  start: ${start}`,
    ...(status === 'afgerond' ? [`  einde: ${Math.min(start + 2, 2025)}`] : []),
    `status: ${status}`,
    'organisatie: "Dienst Samenleven"',
    'contact:',
    '  naam: "Onthaalbalie"',
    `  email: "info${i}@example.org"`,
    'links:',
    '  - titel: "Meer informatie"',
    `    url: "https://example.org/${slug}"`,
    `toegevoegd: ${day}`,
    '---',
  ].join('\n');
  const body = ['Wat?', 'Voor wie?', 'Aanpak', 'Succesfactoren', 'Leerpunten']
    .map((h) => `## ${h}\n\n${paragraph()}\n\n${random() < 0.5 ? `- ${sentence(6)}\n- ${sentence(7)}\n- ${sentence(5)}\n` : paragraph() + "\n"}`)
    .join('\n');
  const text = `${front}\n${body}\n`;
  fs.writeFileSync(path.join(ours, 'input', 'praktijken', `${slug}.md`), text);
  // Hugo reads the same file; its own date key makes "newest first" comparable.
  fs.writeFileSync(path.join(hugo, 'content', 'praktijken', `${slug}.md`), text.replace('\n---\n', `\ndate: ${day}\n---\n`));
}
console.log(`wrote ${count} practices to ${out}`);
