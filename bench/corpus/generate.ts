import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentWriter } from './document-writer';
import { GENRES, type Genre } from './genres';
import { SeededRandom } from './random';
import { townPool } from './town-pool';

export interface GenerateCorpusOptions {
  count: number;
  seed: number;
  /** Documents and manifest.json go to outDir/docs, gold files to outDir/gold. */
  outDir: string;
}

export interface CorpusSummary {
  documents: number;
  characters: number;
  docsDir: string;
  goldDir: string;
}

const GENRE_NAMES = Object.keys(GENRES) as Genre[];

/** Writes `count` documents of the genre, deterministic from `seed`, with their gold. */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<CorpusSummary> {
  const random = new SeededRandom(options.seed);
  const towns = townPool();
  const docsDir = path.join(options.outDir, 'docs');
  const goldDir = path.join(options.outDir, 'gold');
  await mkdir(docsDir, { recursive: true });
  await mkdir(goldDir, { recursive: true });
  const manifest = [];
  let characters = 0;
  for (let i = 0; i < options.count; i += 1) {
    const file = `${String(i).padStart(5, '0')}.txt`;
    const setting = random.pick(towns);
    const year = random.int(2019, 2024);
    const writer = new DocumentWriter(random, setting, year, file);
    const genre = GENRE_NAMES[i % GENRE_NAMES.length] as Genre;
    const title = GENRES[genre](writer);
    const text = writer.text();
    characters += text.length;
    await writeFile(path.join(docsDir, file), text);
    await writeFile(
      path.join(goldDir, file.replace(/\.txt$/, '.json')),
      `${JSON.stringify(writer.gold, null, 1)}\n`,
    );
    manifest.push({
      file,
      title,
      publisher: `${setting.district.name}融媒体中心`,
      date: `${year}-12-${String(random.int(10, 28))}`,
      place: setting.town.name,
      district: setting.district.name,
      city: setting.city.name,
    });
  }
  await writeFile(
    path.join(docsDir, 'manifest.json'),
    `${JSON.stringify({ documents: manifest }, null, 1)}\n`,
  );
  return { documents: options.count, characters, docsDir, goldDir };
}
