// The small part of nlp.js (MIT, github.com/axa-group/nlp.js) this project uses; the packages ship no types.
declare module '@nlpjs/nlp' {
  interface NlpSettings {
    languages: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    forceNER?: boolean;
    nlu?: { log?: boolean; useNoneFeature?: boolean };
  }
  interface Classification {
    intent: string;
    score: number;
  }
  interface NlpResult {
    intent: string;
    score: number;
    classifications?: Classification[];
  }
  class Nlp {
    constructor(settings: NlpSettings);
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
  const pkg: { Nlp: typeof Nlp };
  export default pkg;
}

declare module '@nlpjs/lang-id' {
  const pkg: { LangId: unknown };
  export default pkg;
}

declare module '@nlpjs/lang-en' {
  const pkg: { LangEn: unknown };
  export default pkg;
}
