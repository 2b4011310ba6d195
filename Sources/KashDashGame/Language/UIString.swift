/// Every word the game itself shows or says to a child (level content is translated per level,
/// in `LevelTranslation`). The raw value is the key in `Assets/strings/<lang>.json`; `english`
/// is the source every translation is made from, and the fallback. Words in braces are filled
/// in by the game (`StringCatalogue.text(_:_:)`).
public enum UIString: String, CaseIterable, Sendable {
    // MARK: Shared words (buttons on several screens)
    case commonBack = "common.back"
    case commonSettings = "common.settings"
    case commonPlayAgain = "common.playAgain"
    case commonLevels = "common.levels"
    case commonGetHelp = "common.getHelp"
    case commonOn = "common.on"
    case commonOff = "common.off"

    // MARK: The language picker (shown before the dog select)
    case languageTitle = "language.title"
    case languageHint = "language.hint"
    case languageDraftNote = "language.draftNote"

    // MARK: Title
    case titlePlay = "title.play"
    case titleQuit = "title.quit"
    case titlePressToStart = "title.pressToStart"
    case titlePressAnyButton = "title.pressAnyButton"
    case titleCredit = "title.credit"

    // MARK: Character select (the dogs' names stay names; their lines are translated)
    case characterSelectTitle = "characterSelect.title"
    case characterSelectHint = "characterSelect.hint"
    case dogKashPersonality = "dog.kashPersonality"
    case dogEmmaPersonality = "dog.emmaPersonality"
    case dogJasperPersonality = "dog.jasperPersonality"

    // MARK: Level select
    case levelSelectTitle = "levelSelect.title"
    case levelSelectMoreLevels = "levelSelect.moreLevels"
    case levelSelectBest = "levelSelect.best"
    case levelSelectNew = "levelSelect.new"
    case levelSelectLocked = "levelSelect.locked"
    case levelSelectFinishFirst = "levelSelect.finishFirst"

    // MARK: Settings
    case settingsDone = "settings.done"
    case settingsPressToChange = "settings.pressToChange"
    case settingsPressToGoBack = "settings.pressToGoBack"
    case settingsVolume = "settings.volume"
    case settingsSound = "settings.sound"
    case settingsReadAloud = "settings.readAloud"
    case settingsSpeed = "settings.speed"
    case settingsPractice = "settings.practice"
    case settingsLessMotion = "settings.lessMotion"
    case settingsHighContrast = "settings.highContrast"
    case settingsTextSize = "settings.textSize"
    case settingsTextLarge = "settings.textLarge"
    case settingsTextNormal = "settings.textNormal"
    case settingsFont = "settings.font"
    case settingsFontNotInstalled = "settings.fontNotInstalled"
    case settingsFontDyslexia = "settings.fontDyslexia"
    case settingsScanning = "settings.scanning"
    case settingsScanningEvery = "settings.scanningEvery"
    case settingsSeconds = "settings.seconds"
    case settingsVolumeHelp = "settings.volumeHelp"
    case settingsSoundHelp = "settings.soundHelp"
    case settingsReadAloudHelp = "settings.readAloudHelp"
    case settingsReadAloudUnavailable = "settings.readAloudUnavailable"
    case settingsSpeedHelp = "settings.speedHelp"
    case settingsPracticeHelp = "settings.practiceHelp"
    case settingsLessMotionHelp = "settings.lessMotionHelp"
    case settingsHighContrastHelp = "settings.highContrastHelp"
    case settingsTextSizeHelp = "settings.textSizeHelp"
    case settingsFontHelp = "settings.fontHelp"
    case settingsFontMissingHelp = "settings.fontMissingHelp"
    case settingsScanningHelp = "settings.scanningHelp"

    // MARK: Pause
    case pauseTitle = "pause.title"
    case pauseKeepPlaying = "pause.keepPlaying"
    case pauseBackToLevels = "pause.backToLevels"

    // MARK: Quit confirm (desktop)
    case quitConfirmQuestion = "quitConfirm.question"
    case quitConfirmSaved = "quitConfirm.saved"
    case quitConfirmNo = "quitConfirm.no"
    case quitConfirmYes = "quitConfirm.yes"

    // MARK: Play (flying)
    case playPause = "play.pause"
    case playFly = "play.fly"
    case playPressToPause = "play.pressToPause"
    case playPressToFly = "play.pressToFly"
    case playPressButtonToFly = "play.pressButtonToFly"
    case playPractice = "play.practice"
    case playLevelComplete = "play.levelComplete"
    case playOutOfHearts = "play.outOfHearts"
    case playCouldNotLoad = "play.couldNotLoad"

    // MARK: Message (a safety question, play paused)
    case messageAsks = "message.asks"
    case messageKeys = "message.keys"
    case messageHint = "message.hint"
    case messageHearIt = "message.hearIt"

    // MARK: Feedback (after an answer)
    case feedbackContinue = "feedback.continue"
    case feedbackSafe = "feedback.safe"
    case feedbackUnsafe = "feedback.unsafe"
    case feedbackReflection = "feedback.reflection"
    case feedbackYouChose = "feedback.youChose"
    case feedbackTheSafeChoice = "feedback.theSafeChoice"
    case feedbackASafeChoice = "feedback.aSafeChoice"

    // MARK: Round end
    case roundEndMissionComplete = "roundEnd.missionComplete"
    case roundEndGoodTry = "roundEnd.goodTry"
    case roundEndScore = "roundEnd.score"
    case roundEndNewBest = "roundEnd.newBest"
    case roundEndPromoted = "roundEnd.promoted"
    case roundEndRankNext = "roundEnd.rankNext"
    case roundEndRankTop = "roundEnd.rankTop"
    case roundEndSafeAnswers = "roundEnd.safeAnswers"
    case roundEndAdviceLinks = "roundEnd.adviceLinks"

    // MARK: Police ranks (`StringCatalogue.rankTitle`)
    case rankCadet = "rank.cadet"
    case rankConstable = "rank.constable"
    case rankSergeant = "rank.sergeant"
    case rankInspector = "rank.inspector"
    case rankChiefInspector = "rank.chiefInspector"
    case rankSuperintendent = "rank.superintendent"
    case rankChiefSuperintendent = "rank.chiefSuperintendent"
    case rankChiefConstable = "rank.chiefConstable"

    // MARK: Advice links (the links' own titles and descriptions come with the links)
    case adviceLinksTitle = "adviceLinks.title"
    case adviceLinksKioskNote = "adviceLinks.kioskNote"
    case adviceLinksDesktopNote = "adviceLinks.desktopNote"
    case adviceLinksKioskSpoken = "adviceLinks.kioskSpoken"
    case adviceLinksDesktopSpoken = "adviceLinks.desktopSpoken"
    case adviceLinksForGrownUps = "adviceLinks.forGrownUps"
    case adviceLinksScanNote = "adviceLinks.scanNote"
    case adviceLinksNoCode = "adviceLinks.noCode"
    case adviceLinksOpening = "adviceLinks.opening"
    case adviceLinksScanLater = "adviceLinks.scanLater"
    case adviceLinksAskTeacher = "adviceLinks.askTeacher"

    // MARK: Help (the help box and the Get help screen; keep every number exactly)
    case helpTrustedAdult = "help.trustedAdult"
    case helpChildline = "help.childline"
    case helpEmergency = "help.emergency"
    case helpChildlineSpoken = "help.childlineSpoken"
    case helpEmergencySpoken = "help.emergencySpoken"
    case helpCEOP = "help.ceop"
    case helpNotInTrouble = "help.notInTrouble"

    // MARK: Teacher exit PIN pad (kiosk)
    case pinPadTitle = "pinPad.title"
    case pinPadInstructions = "pinPad.instructions"
    case pinPadDelete = "pinPad.delete"
    case pinPadOK = "pinPad.ok"
    case pinPadClose = "pinPad.close"
    case pinPadTooShort = "pinPad.tooShort"
    case pinPadWrong = "pinPad.wrong"
    case pinPadLocked = "pinPad.locked"
    case pinPadGoodbye = "pinPad.goodbye"

    public var english: String {
        switch self {
        // MARK: Shared words
        case .commonBack: "Back"
        case .commonSettings: "Settings"
        case .commonPlayAgain: "Play again"
        case .commonLevels: "Levels"
        case .commonGetHelp: "Get help"
        case .commonOn: "On"
        case .commonOff: "Off"

        // MARK: The language picker
        case .languageTitle: "Choose your language"
        case .languageHint: "Press SPACE on your language, or tap it"
        case .languageDraftNote: "Draft translation"

        // MARK: Title
        case .titlePlay: "Play"
        case .titleQuit: "Quit"
        case .titlePressToStart: "Press SPACE or tap to start"
        case .titlePressAnyButton: "Press any button to play!"
        case .titleCredit: "Inspired by the Staffordshire police dogs Kash, Emma and Jasper · Stay safe online"

        // MARK: Character select
        case .characterSelectTitle: "Choose your police dog"
        case .characterSelectHint: "Press SPACE on the dog you want, or tap it"
        case .dogKashPersonality: "The force's famous mascot. Brave and calm."
        case .dogEmmaPersonality: "Quick and clever. Spots a trick a mile off."
        case .dogJasperPersonality: "Young and bouncy. Always asks a grown-up first."

        // MARK: Level select
        case .levelSelectTitle: "Choose a mission"
        case .levelSelectMoreLevels: "More levels (page {page} of {pages})"
        case .levelSelectBest: "Best {score}"
        case .levelSelectNew: "New!"
        case .levelSelectLocked: "Locked"
        case .levelSelectFinishFirst: "Finish the level before this one to open it."

        // MARK: Settings
        case .settingsDone: "Done"
        case .settingsPressToChange: "{explanation} Press SPACE to change it."
        case .settingsPressToGoBack: "Press SPACE to go back."
        case .settingsVolume: "Volume: {percent} %"
        case .settingsSound: "Sound: {value}"
        case .settingsReadAloud: "Read aloud: {value}"
        case .settingsSpeed: "Speed: {percent} %"
        case .settingsPractice: "Practice mode: {value}"
        case .settingsLessMotion: "Less motion: {value}"
        case .settingsHighContrast: "High contrast: {value}"
        case .settingsTextSize: "Text size: {value}"
        case .settingsTextLarge: "Large"
        case .settingsTextNormal: "Normal"
        case .settingsFont: "Font: {font}"
        case .settingsFontNotInstalled: "Font: {font} (not installed)"
        case .settingsFontDyslexia: "Dyslexia-friendly"
        case .settingsScanning: "Scanning: {value}"
        case .settingsScanningEvery: "Scanning: every {seconds}"
        case .settingsSeconds: "{seconds} s"
        case .settingsVolumeHelp: "How loud the sounds are."
        case .settingsSoundHelp: "Turn all sounds on or off."
        case .settingsReadAloudHelp: "Read the words out loud. Press R to hear them again."
        case .settingsReadAloudUnavailable: "Read the words out loud. {reason}"
        case .settingsSpeedHelp: "Slower speeds give you more time. Levels stay just as fair."
        case .settingsPracticeHelp: "In practice mode you cannot lose: crashes cost nothing."
        case .settingsLessMotionHelp: "Stops tilting, bobbing and wobbling."
        case .settingsHighContrastHelp: "Dark text on white, with no pictures behind words."
        case .settingsTextSizeHelp: "Makes the words bigger."
        case .settingsFontHelp: "A font that some people with dyslexia find easier to read."
        case .settingsFontMissingHelp: "Not on this computer ({package}); another font is used."
        case .settingsScanningHelp: "With one button: how long the highlight waits on each choice."

        // MARK: Pause
        case .pauseTitle: "Paused"
        case .pauseKeepPlaying: "Keep playing"
        case .pauseBackToLevels: "Back to levels"

        // MARK: Quit confirm
        case .quitConfirmQuestion: "Stop playing Kash Dash?"
        case .quitConfirmSaved: "Your best scores and ranks are saved."
        case .quitConfirmNo: "No, keep playing"
        case .quitConfirmYes: "Yes, stop"

        // MARK: Play
        case .playPause: "Pause"
        case .playFly: "Fly"
        case .playPressToPause: "Press now to pause"
        case .playPressToFly: "Press SPACE or tap to fly"
        case .playPressButtonToFly: "Press the button to fly"
        case .playPractice: "Practice"
        case .playLevelComplete: "Level complete!"
        case .playOutOfHearts: "Out of hearts – good try!"
        case .playCouldNotLoad: "Sorry, this level could not be loaded. Try another one."

        // MARK: Message
        case .messageAsks: "{dog} asks:"
        case .messageKeys: "{keys} or {last}"
        case .messageHint: "Press {keys} – or press SPACE on the highlighted answer"
        case .messageHearIt: "Hear it"

        // MARK: Feedback
        case .feedbackContinue: "Continue"
        case .feedbackSafe: "Well done! That's the safe choice."
        case .feedbackUnsafe: "Good try – let's think again."
        case .feedbackReflection: "Thank you for sharing how you feel."
        case .feedbackYouChose: "You chose: {choice}"
        case .feedbackTheSafeChoice: "The safe choice: {choice}"
        case .feedbackASafeChoice: "A safe choice: {choice}"

        // MARK: Round end
        case .roundEndMissionComplete: "Mission complete!"
        case .roundEndGoodTry: "Good try!"
        case .roundEndScore: "Score: {score}"
        case .roundEndNewBest: "New best!"
        case .roundEndPromoted: "Promoted to {rank}!"
        case .roundEndRankNext: "Rank: {rank}. {points} more points to {next}."
        case .roundEndRankTop: "Rank: {rank} – the top job!"
        case .roundEndSafeAnswers: "Safe answers: {right} of {total}"
        case .roundEndAdviceLinks: "Advice links"

        // MARK: Police ranks
        case .rankCadet: "Cadet"
        case .rankConstable: "Constable"
        case .rankSergeant: "Sergeant"
        case .rankInspector: "Inspector"
        case .rankChiefInspector: "Chief Inspector"
        case .rankSuperintendent: "Superintendent"
        case .rankChiefSuperintendent: "Chief Superintendent"
        case .rankChiefConstable: "Chief Constable"

        // MARK: Advice links
        case .adviceLinksTitle: "Where to get help"
        case .adviceLinksKioskNote: "Ask your teacher to show you this website."
        case .adviceLinksDesktopNote: "Pick one to open it in your web browser. A grown-up can look with you."
        case .adviceLinksKioskSpoken: "Ask your teacher to show you these websites."
        case .adviceLinksDesktopSpoken: "Pick one to open it."
        case .adviceLinksForGrownUps: "For grown-ups"
        case .adviceLinksScanNote: "Scan a code with a phone to open the website later."
        case .adviceLinksNoCode: "No code: use the address below."
        case .adviceLinksOpening: "Opening {link} in your web browser…"
        case .adviceLinksScanLater: "Scan the code for {link} with a phone to open it later."
        case .adviceLinksAskTeacher: "Ask your teacher to show you {link}: {address}"

        // MARK: Help
        case .helpTrustedAdult: "Worried? Tell a trusted adult."
        case .helpChildline: "Childline: call free on 0800 1111."
        case .helpEmergency: "In danger right now? Call 999."
        case .helpChildlineSpoken: "Childline: call free on 0 8 0 0, 1 1 1 1."
        case .helpEmergencySpoken: "In danger right now? Call 9 9 9."
        case .helpCEOP:
            "CEOP is part of the police. They help if someone online asks you for pictures, secrets or to meet up."
        case .helpNotInTrouble: "It is always OK to ask for help. You will not be in trouble."

        // MARK: Teacher exit PIN pad
        case .pinPadTitle: "Teacher exit"
        case .pinPadInstructions: "Type the PIN, then press OK."
        case .pinPadDelete: "Delete"
        case .pinPadOK: "OK"
        case .pinPadClose: "Back to the game"
        case .pinPadTooShort: "The PIN has {fewest} to {most} digits."
        case .pinPadWrong: "That PIN is not right. Please try again."
        case .pinPadLocked: "Too many tries. The pad opens again in {seconds} seconds."
        case .pinPadGoodbye: "Goodbye!"
        }
    }
}
