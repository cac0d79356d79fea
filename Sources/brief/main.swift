import BriefCommands

BriefCommand.run()
