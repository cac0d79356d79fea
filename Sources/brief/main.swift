import BriefCommands

BriefCommand.main()
