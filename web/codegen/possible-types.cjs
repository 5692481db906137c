// A codegen plugin: which object types each interface and union stands for, from the schema, so Apollo's cache
// matches fragments on `node(id)` without a hand-kept list (a new entity implementing Node needs no edit here).
const { isInterfaceType, isUnionType } = require('graphql');

module.exports = {
  /**
   * @param {import('graphql').GraphQLSchema} schema
   * @returns {string}
   */
  plugin(schema) {
    /** @type {Record<string, string[]>} */
    const possibleTypes = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isUnionType(type))
        possibleTypes[type.name] = type
          .getTypes()
          .map((t) => t.name)
          .sort();
      else if (isInterfaceType(type))
        possibleTypes[type.name] = schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort();
    }
    const sorted = Object.fromEntries(Object.entries(possibleTypes).sort(([a], [b]) => a.localeCompare(b)));
    return `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted, null, 2)};\n`;
  },
};
