/**
 * Commander speaks English; our users read Dutch. The help layout keeps commander's, with Dutch
 * titles, and usage errors are reworded by their stable commander codes.
 */
import type { CommanderError, HelpConfiguration } from 'commander'

const titles: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
}

export const dutchHelp: HelpConfiguration = {
  styleTitle: (title) => titles[title] ?? title,
  subcommandTerm: (command) => {
    const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(' ')
    const names = [command.name(), ...command.aliases()].join('|')
    return `${names}${command.options.length ? ' [opties]' : ''}${args ? ` ${args}` : ''}`
  },
  optionDescription: (option) => {
    const choices = option.argChoices ? ` (keuze: ${option.argChoices.join(', ')})` : ''
    return `${option.description}${choices}`
  },
}

/** The Dutch message for a commander error, or undefined when there is nothing to say (help, version). */
export function usageMessage(error: CommanderError): string | undefined {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return undefined
    case 'commander.unknownOption': {
      const guess = /Did you mean (\S+)\?/.exec(error.message)?.[1]
      return `Onbekende optie ${quoted}.${guess ? ` Bedoelde u ${guess}?` : ''}`
    }
    case 'commander.unknownCommand': {
      const guess = /Did you mean (\S+)\?/.exec(error.message)?.[1]
      return `Onbekende opdracht ${quoted}.${guess ? ` Bedoelde u ${guess}?` : ''}`
    }
    case 'commander.missingArgument':
      return `Het argument ${quoted} ontbreekt.`
    case 'commander.optionMissingArgument':
      return `De optie ${quoted} heeft een waarde nodig.`
    case 'commander.excessArguments':
      return 'Te veel argumenten.'
    case 'commander.invalidArgument': {
      const choice = /Allowed choices are (.+)\./.exec(error.message)?.[1]
      return choice ? `Ongeldige waarde voor ${/option '([^']+)'/.exec(error.message)?.[1] ?? 'een optie'}; kies uit ${choice}.` : `Ongeldige waarde: ${error.message}`
    }
    case 'commander.missingMandatoryOptionValue':
      return `De verplichte optie ${quoted} ontbreekt.`
    default:
      return error.message.replace(/^error: /, 'Fout: ')
  }
}
