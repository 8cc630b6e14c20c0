/** Skill rating scale shared by level criteria, roles and the self-assessment (0–4). */
export const levelNames = ['none', 'aware', 'working', 'proficient', 'expert'] as const;
export type LevelName = (typeof levelNames)[number];
