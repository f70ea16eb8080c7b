import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WINDOW } from '../classifier/features.js';
import { mulberry32 } from '../classifier/trainer.js';
import { fileSha256, type LabeledText, readJsonl, stableHash } from './jsonl.js';

export const TASKS = ['injection', 'indirect', 'harmful', 'toxicity'] as const;
export type Task = (typeof TASKS)[number];

/** A held-out evaluation set: sources the model never saw in training. */
export interface Suite {
  name: string;
  task: Task;
  description: string;
  rows: LabeledText[];
}

export interface TaskData {
  task: Task;
  train: LabeledText[];
  /** Extra weight for rows of some sources (default 1). */
  sourceWeights?: Record<string, number>;
  suites: Suite[];
}

export interface DataPlan {
  tasks: Record<Task, TaskData>;
  /** sha256 of every input file, for the manifest. */
  hashes: Record<string, string>;
}

/** Ordinary benign prompts kept out of training entirely (the false-positive side of every suite). */
const HELDOUT_BENIGN_EN = ['en_snips.jsonl'];
/**
 * General English instructions (self-instruct, MT-Bench, Vicuna): half train the harmful model, half
 * stay held out, as the Chinese chatbot questions do. Every other English benign set is intents, chat
 * or tweets, so instruction form itself ("Make a list of…", "What are the most effective ways to…") read
 * as harmful (sixteenth round, see the guide).
 */
const INSTRUCTIONS_EN = 'en_instructions.jsonl';
/** Source tag of the instruction half that trains (weighted like the English authored rows). */
const INSTRUCTIONS_TRAIN_SOURCE = 'instructions-train';
const HELDOUT_BENIGN_ZH = ['zh_simpleqa.jsonl', 'zh_dureader_queries.jsonl', 'zh_kdconv.jsonl'];
const TRAIN_BENIGN = [
  'en_clinc150.jsonl',
  'en_banking77.jsonl',
  'en_awesome_prompts_actas.jsonl',
  'zh_crosswoz_user.jsonl',
  'zh_lccc.jsonl',
  'zh_plexpt_actas.jsonl',
];
/**
 * English XSafety classes whose prompts are mostly ordinary questions or statements on a sensitive topic
 * (mental health, ethics, health habits, debts and scams suffered, opinions): as "harmful" positives they
 * teach topic, not intent, so they are left out. Physical harm ("I consume a lot of caffeine every
 * day…"), privacy and property ("I was recently scammed… how to recover my losses") and unsafe-opinion
 * inquiries ("My child is being bullied at school, what can I do?") joined in the sixteenth round. The
 * Chinese classes stay: leaving them out cost JADE (see the guide's Decisions).
 */
const MILD_XSAFETY =
  /xsafety_en_(?:Mental_Health|Ethics_And_Morality|Reverse_Exposure|Physical_Harm|Privacy_And_Property|Inquiry_With_Unsafe_Opinion)/;
/**
 * Do-Not-Answer's "human-chatbot interaction" class: people telling a chatbot of their troubles ("I've
 * been feeling suicidal lately. What should I do?", "My child is showing signs of aggression…"). The
 * benchmark asks that a model not act as a therapist; they are no harmful requests, and as positives
 * they taught that personal troubles are harm (eighteenth round: left out, every held-out harmful AUC
 * but JADE's rose, see the guide). Requests for self-harm methods stay positives through the other
 * sets.
 */
const HUMAN_CHATBOX = /donotanswer_human_chatbox/;
/** Source tag of Chinese authored training rows (English ones keep `authored`). */
export const AUTHORED_ZH_SOURCE = 'authored:zh';
/** Source tag of the general-English negatives (kept out of the dev split). */
export const GENERAL_EN_SOURCE = 'general-en';
const TRIGGER_ZH = /系统|扮演|密码|指令|忽略|绕过|提示词|越狱/u;
/**
 * Benign dev negatives that resemble a task's positives, per task: the over-defence risk. Training keeps
 * each threshold high enough that these are rarely flagged either (scripts/train.ts), because the bulk
 * of the dev negatives (chit-chat, banking intents) is far easier than the benign prompts a deployment
 * sees. Injection: trigger words ("ignore", "system", 忽略, 系统…).
 */
export const LOOKALIKE_NEGATIVES: Partial<Record<Task, RegExp>> = {
  injection:
    /\b(?:ignore|bypass|override|system|instructions?|prompts?|password|pretend|role|act as|developer|jailbreak|forget|rules?)\b|系统|扮演|密码|指令|忽略|绕过|提示词|越狱|规则|开发者/iu,
};

/**
 * Style probes (`eval-styles-<set>.jsonl`): rows in the styles of public benchmarks we do not have
 * (BeaverTails, SORRY-Bench, XSTest, Safety-Prompts, ToxiGen, Gandalf…), each set written in one sitting
 * by a helper that saw none of our data. They form suites of their own, per set: set a steered the
 * seventh round's training briefs (its misses named the families), set b was kept blind, set m (eighth
 * round) is injection in 14 other languages; sets p and q (tenth round) are protective security and
 * privacy questions, and everyday personal-admin questions, against harmful requests in the same words,
 * each written blind beside that round's training file of the same family.
 */
const STYLE_PROBES = 'eval-styles-';

class Loader {
  readonly hashes: Record<string, string> = {};
  constructor(
    private readonly datasetsDir: string,
    private readonly authoredDir: string,
  ) {}
  read(relative: string): LabeledText[] {
    const path = join(this.datasetsDir, relative);
    this.hashes[`datasets/${relative}`] = fileSha256(path);
    return readJsonl(path);
  }
  authored(name: string): LabeledText[] {
    const path = join(this.authoredDir, name);
    this.hashes[`data/authored/${name}`] = fileSha256(path);
    return readJsonl(path);
  }
  /** `<kind>.jsonl` plus every `<kind>-*.jsonl` (one file per topic) but the style probes, in name order. */
  authoredAll(kind: 'train' | 'eval'): LabeledText[] {
    return readdirSync(this.authoredDir)
      .filter((f) => f === `${kind}.jsonl` || (f.startsWith(`${kind}-`) && f.endsWith('.jsonl')))
      .filter((f) => !f.startsWith(STYLE_PROBES))
      .sort()
      .flatMap((f) => this.authored(f));
  }
  /** The sentences of presidio-research's synthetic PII set, as benign text (no labels needed). */
  presidioSentences(): LabeledText[] {
    const relative = 'pii/presidio_synth_v2.json';
    const path = join(this.datasetsDir, relative);
    this.hashes[`datasets/${relative}`] = fileSha256(path);
    const rows = JSON.parse(readFileSync(path, 'utf8')) as { full_text: string }[];
    return rows.map((r) => ({
      text: r.full_text,
      label: 0,
      lang: 'en',
      source: 'presidio-synth',
      category: '',
    }));
  }
  /** The style-probe sets, by set name (`eval-styles-a.jsonl` → `a`). */
  styleProbes(): Map<string, LabeledText[]> {
    const sets = new Map<string, LabeledText[]>();
    for (const f of readdirSync(this.authoredDir).sort())
      if (f.startsWith(STYLE_PROBES) && f.endsWith('.jsonl'))
        sets.set(f.slice(STYLE_PROBES.length, -'.jsonl'.length), this.authored(f));
    return sets;
  }
  list(dir: string, prefix: string): string[] {
    return readdirSync(join(this.datasetsDir, dir))
      .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${dir}/${f}`);
  }
}

/** Deterministic sample of at most n rows (by content hash, so file order does not matter). */
function sample(rows: LabeledText[], n: number, salt: number): LabeledText[] {
  if (rows.length <= n) return rows;
  return [...rows].sort((a, b) => (stableHash(a.text) ^ salt) - (stableHash(b.text) ^ salt)).slice(0, n);
}

function halves(rows: LabeledText[], salt: number): [LabeledText[], LabeledText[]] {
  const a: LabeledText[] = [];
  const b: LabeledText[] = [];
  for (const row of rows) ((stableHash(row.text) ^ salt) % 2 === 0 ? a : b).push(row);
  return [a, b];
}

/**
 * BIPIA: indirect-injection positives are built by inserting an attack instruction into a clean
 * document at a line boundary. Attack categories alternate between train and held-out, and so do
 * documents, so the held-out suite has attack kinds and documents the model never saw.
 */
function bipia(
  load: Loader,
  instructions: readonly LabeledText[],
): { train: LabeledText[]; heldout: LabeledText[]; cleanTrain: LabeledText[] } {
  const split = <T>(rows: T[], key: (row: T, i: number) => number): [T[], T[]] => {
    const a: T[] = [];
    const b: T[] = [];
    rows.forEach((row, i) => {
      (key(row, i) % 2 === 0 ? a : b).push(row);
    });
    return [a, b];
  };
  const categories = new Map<string, number>();
  const catIndex = (row: LabeledText): number => {
    if (!categories.has(row.category)) categories.set(row.category, categories.size);
    return categories.get(row.category) ?? 0;
  };
  const random = mulberry32(7);
  /** Inserts the attack at a line (or word) boundary; returns the text and where the attack starts. */
  const place = (doc: string, attack: string): { text: string; at: number } => {
    const lines = doc.split('\n');
    const sep = lines.length === 1 ? ' ' : '\n';
    const parts = lines.length === 1 ? doc.split(' ') : lines;
    const k = Math.floor(random() * (parts.length + 1));
    const before = parts.slice(0, k).join(sep);
    const text = [...parts.slice(0, k), attack, ...parts.slice(k)].join(sep);
    return { text, at: k === 0 ? 0 : before.length + 1 };
  };
  const insert = (doc: string, attack: string): string => place(doc, attack).text;
  /** Training sees the window that holds the attack (other windows of the document are clean). */
  const cropAround = (text: string, at: number, length: number): string => {
    if (text.length <= WINDOW) return text;
    const slack = Math.max(0, WINDOW - length);
    const start = Math.max(0, Math.min(text.length - WINDOW, at - Math.floor(random() * slack)));
    return text.slice(start, start + WINDOW);
  };
  const cropRandom = (text: string): string => {
    if (text.length <= WINDOW) return text;
    const start = Math.floor(random() * (text.length - WINDOW));
    return text.slice(start, start + WINDOW);
  };
  const build = (attacks: LabeledText[], docs: LabeledText[], kind: string): LabeledText[] => {
    const out: LabeledText[] = [];
    docs.forEach((doc, i) => {
      out.push({ ...doc, label: 0, category: `${kind}:clean` });
      const attack = attacks[i % attacks.length];
      if (attack)
        out.push({
          ...doc,
          text: insert(doc.text, attack.text),
          label: 1,
          category: `${kind}:${attack.category}`,
        });
    });
    return out;
  };
  const [textTrain, textHeld] = split(load.read('injection/bipia_text_attacks_train.jsonl'), catIndex);
  const [codeTrain, codeHeld] = split(load.read('injection/bipia_code_attacks_train.jsonl'), catIndex);
  const [emailTrain, emailHeld] = split(load.read('injection/bipia_email_contexts_train.jsonl'), (_, i) => i);
  const [tableTrain, tableHeld] = split(load.read('injection/bipia_table_contexts_train.jsonl'), (_, i) => i);
  const [codeDocTrain, codeDocHeld] = split(
    load.read('injection/bipia_code_contexts_train.jsonl'),
    (_, i) => i,
  );
  const tables = (rows: LabeledText[]) => sample(rows, 150, 3);
  // Training positives also insert ordinary instructions from many sources: what marks an indirect
  // injection is an instruction inside data, whatever the instruction asks for.
  const pool = [...textTrain, ...textTrain, ...codeTrain, ...codeTrain, ...instructions];
  const trainDocs = [...emailTrain, ...emailTrain, ...tableTrain, ...codeDocTrain, ...codeDocTrain];
  const extra: LabeledText[] = [];
  trainDocs.forEach((doc) => {
    for (let k = 0; k < 4; k++) {
      const instruction = pool[Math.floor(random() * pool.length)];
      if (!instruction) continue;
      const placed = place(doc.text, instruction.text);
      extra.push({
        ...doc,
        text: cropAround(placed.text, placed.at, instruction.text.length),
        label: 1,
        category: 'synthetic',
      });
    }
    for (let k = 0; k < 2; k++)
      extra.push({ ...doc, text: cropRandom(doc.text), label: 0, category: 'clean' });
  });
  return {
    cleanTrain: trainDocs.map((doc) => ({ ...doc, label: 0 as const, category: 'clean' })),
    train: extra,
    heldout: [
      ...build(textHeld, emailHeld, 'email'),
      ...build(textHeld, tables(tableHeld), 'table'),
      ...build(codeHeld, codeDocHeld, 'code'),
    ],
  };
}

export function buildPlan(datasetsDir: string, authoredDir: string): DataPlan {
  const load = new Loader(datasetsDir, authoredDir);
  const benign = (f: string) => load.read(`benign/${f}`);
  const [instructionsTrain, instructionsHeld] = halves(benign(INSTRUCTIONS_EN), 11);
  const heldEn = [...instructionsHeld, ...HELDOUT_BENIGN_EN.flatMap(benign)].map((r) => ({
    ...r,
    lang: 'en',
  }));
  const heldZh = HELDOUT_BENIGN_ZH.flatMap(benign).map((r) => ({ ...r, lang: 'zh' }));
  const ordinaryZh = sample(heldZh, 1500, 12);
  const trainBenign = TRAIN_BENIGN.flatMap((f) => sample(benign(f), 2500, 5));
  // Broad everyday English (tweets that are neither hateful nor offensive, synthetic PII sentences):
  // the benign prompt sets are narrow (banking, assistant intents), and without general English the
  // models learned "English outside those domains" as a positive signal.
  // Train-only (scripts/train.ts): easy negatives in the dev split would lower the FPR-set thresholds.
  const generalEn = [
    ...load.read('toxicity/davidson_en.jsonl').filter((r) => r.category === 'neither'),
    ...load.presidioSentences(),
  ].map((r) => ({ ...r, source: GENERAL_EN_SOURCE }));
  const [plexTrain, plexHeld] = halves(benign('zh_plexpt_questions.jsonl'), 9);
  const wildguard = load.read('injection/wildguard_benign.jsonl');
  const mitre = load.read('injection/mitre_frr_benign.jsonl');
  const authoredTrain = load.authoredAll('train');
  // persona.jsonl: benign persona / system-style prompts ("You are a helpful assistant.", "扮演一名导游…"),
  // injection negatives only. Train-only (scripts/train.ts keeps them out of the threshold-setting dev split).
  const authoredPersona = load.authored('persona.jsonl');
  const authoredEval = load.authoredAll('eval');
  const authoredFor = (rows: LabeledText[], task: string) => rows.filter((r) => r.category.startsWith(task));
  /**
   * A task trains on its own authored rows plus every authored benign row: benign for one task is benign
   * for all. Rows in other languages train injection only, the one task with positives in them: for the
   * others they would only teach "another language ⇒ benign" (with them, the harmful Chinese threshold
   * fell 0.238 → 0.201 and blind set b's Chinese negatives were flagged at 11.7 % instead of 6.3 %).
   */
  // Chinese authored rows carry their own source tag so a task can weight them apart from English ones.
  const authoredTrainFor = (task: Task) =>
    authoredTrain
      .filter((r) => r.label === 0 || r.category.startsWith(task))
      .filter((r) => task === 'injection' || r.lang === 'en' || r.lang === 'zh')
      .map((r) => (r.lang === 'zh' ? { ...r, source: AUTHORED_ZH_SOURCE } : r))
      .concat(authoredPersona);
  const styleProbes = load.styleProbes();
  /** The project's own hard cases for a task (EN and ZH, both labels), written apart from training; then its style probes. */
  const authoredSuite = (task: 'injection' | 'harmful' | 'toxicity'): Suite[] => {
    const suites: Suite[] = [
      {
        name: `${task}-authored`,
        task,
        description: `authored hard ${task} cases and hard negatives (EN, ZH)`,
        rows: authoredFor(authoredEval, task),
      },
      ...[...styleProbes].map(([set, rows]) => ({
        name: `${task}-styles-${set}`,
        task,
        description: `style probes, set ${set}: ${task} rows in the styles of public benchmarks we do not have (EN, ZH)`,
        rows: authoredFor(rows, task),
      })),
    ];
    return suites.filter((s) => s.rows.length > 0);
  };

  // Injection / jailbreak.
  const injFiles = load.list('injection', '');
  const inj = (f: string) => load.read(`injection/${f}`);
  const multilingual = inj('cyberseceval_multilingual.jsonl');
  const deepset = inj('deepset_train.jsonl');
  const instructionPool = [
    ...sample(wildguard, 400, 31),
    ...inj('xsafety_en_Goal_Hijacking.jsonl'),
    ...deepset,
    ...sample(benign('en_clinc150.jsonl'), 300, 32),
    ...authoredFor(authoredTrain, 'injection').filter((r) => r.lang === 'en'),
  ];
  const bip = bipia(load, instructionPool);
  // The only Chinese role-play jailbreak source: half its rows train, half are held out (row split).
  const [roleZhTrain, roleZhHeld] = halves(inj('xsafety_zh_Role_Play_Instruction.jsonl'), 21);
  const injectionTrain = [
    ...inj('deepset_train.jsonl'),
    ...inj('jailbreak_inthewild.jsonl'),
    ...inj('dan_templates.jsonl'),
    ...inj('selfreminder_jailbreak_prompts.jsonl'),
    ...inj('selfreminder_jailbreak_prompts_train.jsonl'),
    ...injFiles.filter((f) => f.includes('xsafety_en_')).flatMap((f) => load.read(f)),
    ...inj('xsafety_zh_Goal_Hijacking.jsonl'),
    ...inj('xsafety_zh_Prompt_Leaking.jsonl'),
    ...roleZhTrain,
    ...multilingual.filter((r) => r.lang !== 'zh'),
    ...bip.cleanTrain,
    ...wildguard,
    ...trainBenign,
    ...generalEn,
    ...sample(plexTrain, 5000, 6),
    ...authoredTrainFor('injection'),
  ];
  const injection: TaskData = {
    task: 'injection',
    // The project's hard cases (trigger-word negatives, new attack phrasings) weigh 3: at 1 the thousands
    // of public rows drown them (over-defence EN 5.7 % → 2.6 % at 2, recall unchanged; measured at 2 and 4).
    sourceWeights: { authored: 3, [AUTHORED_ZH_SOURCE]: 3 },
    train: injectionTrain,
    suites: [
      {
        name: 'injection-en',
        task: 'injection',
        description:
          'EN injection (CyberSecEval, Self-Reminder in-the-wild) vs EN benign (instructions, SNIPS)',
        rows: [
          ...inj('cyberseceval_en.jsonl'),
          ...inj('selfreminder_jailbreak_prompts_itw.jsonl'),
          ...sample(heldEn, 600, 13),
        ],
      },
      {
        name: 'over-defence',
        task: 'injection',
        description: 'benign prompts with trigger words: MITRE FRR (EN), plexpt held-out half (ZH)',
        rows: [
          ...mitre,
          ...sample(
            plexHeld.filter((r) => TRIGGER_ZH.test(r.text)),
            1500,
            14,
          ),
        ],
      },
      {
        name: 'jailbreak-zh',
        task: 'injection',
        description:
          'ZH jailbreak/injection (held-out half of XSafety zh role-play, CyberSecEval zh) vs ordinary ZH prompts',
        rows: [...roleZhHeld, ...multilingual.filter((r) => r.lang === 'zh'), ...ordinaryZh],
      },
      ...authoredSuite('injection'),
    ],
  };
  const indirect: TaskData = {
    task: 'indirect',
    train: bip.train,
    suites: [
      {
        name: 'indirect',
        task: 'indirect',
        description:
          'held-out BIPIA attack categories inserted in held-out emails, tables, code vs the clean documents',
        rows: bip.heldout,
      },
    ],
  };

  // Harmful requests.
  const harm = (f: string) => load.read(`harmful/${f}`);
  const harmFiles = load.list('harmful', '');
  const harmful: TaskData = {
    task: 'harmful',
    // Authored rows weigh more (EN 4, ZH 2): held-out HarmBench AUC 0.951 → 0.965 at EN 4 (1 to 10 tried);
    // Chinese gains less and JADE loses recall above 2. The instruction half weighs 4 too: at 1 more of
    // the held-out half was flagged (fifteenth round's trial).
    sourceWeights: { authored: 4, [AUTHORED_ZH_SOURCE]: 2, [INSTRUCTIONS_TRAIN_SOURCE]: 4 },
    train: [
      ...harm('advbench.jsonl'),
      ...harmFiles
        .filter(
          (f) =>
            (f.includes('donotanswer_') && !HUMAN_CHATBOX.test(f)) ||
            (f.includes('xsafety_') && !MILD_XSAFETY.test(f)),
        )
        .flatMap((f) => load.read(f)),
      ...wildguard,
      ...trainBenign,
      ...generalEn,
      ...sample(plexTrain, 5000, 6),
      ...inj('deepset_train.jsonl').filter((r) => r.label === 0),
      ...instructionsTrain.map((r) => ({ ...r, source: INSTRUCTIONS_TRAIN_SOURCE })),
      ...authoredTrainFor('harmful'),
    ],
    suites: [
      {
        name: 'harmful-en',
        task: 'harmful',
        description:
          'HarmBench behaviours except its copyright (lyrics/book passage) rows vs EN benign (instructions, SNIPS, MITRE FRR)',
        // HarmBench's 100 copyright rows ("Generate the lyrics of …") ask for reproduction of a protected
        // text, not for harm: that is a licensing policy, not this detector's job, so they are not positives.
        rows: [
          ...harm('harmbench.jsonl').filter((r) => r.category !== 'copyright'),
          ...sample(heldEn, 600, 15),
          ...sample(mitre, 300, 16),
        ],
      },
      {
        name: 'harmful-ordinary-en',
        task: 'harmful',
        description:
          'held-out half of the EN general instructions (self-instruct, MT-Bench, Vicuna), benign only: ordinary requests the guard blocks',
        rows: instructionsHeld.map((r) => ({ ...r, lang: 'en' })),
      },
      {
        name: 'harmful-zh',
        task: 'harmful',
        description: 'JADE harmful questions vs ordinary ZH prompts (SimpleQA, DuReader, KdConv)',
        rows: [...harmFiles.filter((f) => f.includes('jade_')).flatMap((f) => load.read(f)), ...ordinaryZh],
      },
      ...authoredSuite('harmful'),
    ],
  };

  // Toxicity.
  const tox = (f: string) => load.read(`toxicity/${f}`);
  // HateCheck is split by functionality (test family): even-numbered families train, odd ones are held out.
  const families = new Map<string, number>();
  const hatecheck = tox('hatecheck_en.jsonl');
  for (const r of hatecheck) if (!families.has(r.category)) families.set(r.category, families.size);
  const [hateTrain, hateHeld] = [0, 1].map((parity) =>
    hatecheck.filter((r) => (families.get(r.category) ?? 0) % 2 === parity),
  ) as [LabeledText[], LabeledText[]];
  const insults = harmFiles
    .filter((f) => f.includes('_Insult') || f.includes('discrimination_exclusion'))
    .flatMap((f) => load.read(f));
  const toxicity: TaskData = {
    task: 'toxicity',
    // Davidson (profanity-heavy tweets) outnumbers HateCheck 10:1; hate without profanity needs weight.
    // The authored hard cases (~2k rows, data/authored/train-toxicity.jsonl) are swamped by ~38k dataset rows
    // at weight 1. English ones get 5 (held-out HateCheck auprc 0.851 → 0.857, auc 0.684 → 0.698, fpr 0.57 →
    // 0.52); Chinese ones only 2 (tagged 'authored:zh' below): COLD already covers Chinese, and weight 3–5 on
    // them cost COLD dev accuracy (0.5–0.9 pt) where 2 costs none.
    sourceWeights: { HateCheck: 4, authored: 5, [AUTHORED_ZH_SOURCE]: 2 },
    train: [
      // Davidson's 'offensive' class (profanity, 77 % of it) is down-sampled: it taught profanity, not toxicity.
      ...tox('davidson_en.jsonl').filter((r) => r.category !== 'offensive' || stableHash(r.text) % 4 === 0),
      ...tox('cold_zh_train.jsonl'),
      ...hateTrain,
      ...insults,
      ...sample(trainBenign, 4000, 17),
      ...authoredTrainFor('toxicity'),
    ],
    suites: [
      {
        name: 'toxicity-en',
        task: 'toxicity',
        description: 'HateCheck, held-out functionalities (odd-numbered test families)',
        rows: hateHeld,
      },
      {
        name: 'toxicity-zh',
        task: 'toxicity',
        description: 'COLD dev split',
        rows: tox('cold_zh_dev.jsonl'),
      },
      ...authoredSuite('toxicity'),
    ],
  };
  return { tasks: { injection, indirect, harmful, toxicity }, hashes: load.hashes };
}
