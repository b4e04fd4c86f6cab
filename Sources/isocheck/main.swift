import IsocheckReport

await IsocheckCommand.mainWithExitStatus()
