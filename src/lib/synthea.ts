/**
 * The one Synthea run that every practical check on Synthea data refers to, so a learner can
 * regenerate the same population and compare their results. Synthea gives the same population
 * only for the same release, population seed (`-s`), clinician seed (`-cs`) and reference date
 * (`-r`, YYYYMMDD; without it the simulation ends "now", so records shift from day to day).
 * `-p` counts living patients: Synthea adds the people who died during the simulation, so
 * patients.csv has at least that many rows. CSV export is off by default and is switched on here.
 * Sources: the Synthea README and `run_synthea -h` (synthetichealth/synthea), its release tags
 * (v3.3.0 is the newest release tag, published September 2024), and the maintainers' answer on
 * recreating a dataset (synthetichealth/synthea issues 752 and 775). Change the release here only
 * after checking the practical checks that use it.
 */
export const SYNTHEA_RUN = {
  /** Release tag of the prebuilt jar. */
  version: 'v3.3.0',
  /** Where the release jar is published. */
  jarUrl: 'https://github.com/synthetichealth/synthea/releases/download/v3.3.0/synthea-with-dependencies.jar',
  /** Release notes and assets. */
  releaseUrl: 'https://github.com/synthetichealth/synthea/releases/tag/v3.3.0',
  /** Population seed (`-s`). */
  seed: 42,
  /** Clinician seed (`-cs`). */
  clinicianSeed: 42,
  /** Reference date (`-r`), the simulated "today". */
  referenceDate: '20260101',
  /** Living patients requested (`-p`). */
  population: 1000,
  /** The state whose census data the population follows. */
  state: 'Massachusetts',
} as const;

export type SyntheaRun = typeof SYNTHEA_RUN;

/** The options after the program name, in the order `run_synthea -h` documents them. */
function syntheaArgs(run: SyntheaRun): string {
  return `-s ${run.seed} -cs ${run.clinicianSeed} -r ${run.referenceDate} -p ${run.population} --exporter.csv.export=true ${run.state}`;
}

/** The command that generates the pinned population from the release jar (Java 11 or newer). */
export function syntheaJarCommand(run: SyntheaRun = SYNTHEA_RUN): string {
  return `java -jar synthea-with-dependencies.jar ${syntheaArgs(run)}`;
}

/** The same run from a clone of the repository checked out at the release tag. */
export function syntheaCloneCommand(run: SyntheaRun = SYNTHEA_RUN): string {
  return `./run_synthea ${syntheaArgs(run)}`;
}

/** True when any of these practical checks runs on the pinned Synthea population. */
export function usesPinnedSynthea(checks: readonly { synthea?: boolean | undefined }[]): boolean {
  return checks.some((c) => c.synthea === true);
}
