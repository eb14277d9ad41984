import type { Rule } from './index.js'

export const families: Rule = {
  name: 'families',
  description: 'Every name in data/families.yaml is an API with a data file, and a name belongs to one family at most.',
  check({ dataset, report }) {
    const source = dataset.registrySources.families
    if (!source) return
    const names = new Set(dataset.apis.map((a) => a.name))
    const member = new Map<string, string>()
    dataset.families.forEach((family, i) => {
      family.names.forEach((name, j) => {
        if (!names.has(name)) report(source, [i, 'names', j], `expected the name of an API with a data file, found "${name}"`)
        const other = member.get(name)
        if (other) report(source, [i, 'names', j], `expected a name in one family only, found "${name}" also in "${other}"`)
        else member.set(name, family.title)
      })
    })
  },
}
