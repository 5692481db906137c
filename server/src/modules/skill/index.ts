// Skills: the managed list per city that volunteer profiles and events name.
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { SkillViewerCanResolver } from '../registry/registry-viewer-can';
import { Skill } from './skill.entity';
import { SkillFieldsResolver, SkillResolver } from './skill.resolver';
import { skillScope, skillWriteScope } from './skill.scope';

export const skillModule: HubModule = {
  entities: [Skill],
  resolvers: [SkillResolver, SkillFieldsResolver, SkillViewerCanResolver],
  nodes: { Skill: PUBLIC },
  scope: skillScope,
  writeScope: skillWriteScope,
};
