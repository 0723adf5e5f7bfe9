Feature: Post-16 reasonable needs - extending a programme (Sch 1 para 4)
  When an extension of a programme of study is asked for, the authority considers whether it is
  unavoidable, whether it is necessary to meet the original or adjusted desired outcomes, whether
  the need should have been addressed earlier (and if so why it was not), and whether it is
  proportionate; where the programme was extended before, whether the request arises from the same
  facts and whether there are exceptional reasons (ALN (Wales) Regulations 2021, Sch 1 para 4,
  para 4(2)(e)). Domain brief scenario 13. Gwynedd has no encoded post-16 principles.

  Background:
    Given the case reference is "post16-extension"
    And the decision is made in "gwynedd" on "2025-10-01"
    And the learner was born on "2004-12-05"
    And the learner has these facts:
      | fact                                           | value                                     |
      | hasAln                                         | true                                      |
      | consent                                        | GIVEN                                     |
      | homeAuthority                                  | gwynedd                                   |
      | setting.kind                                   | INDEPENDENT_SPECIALIST_POST16_INSTITUTION |
      | setting.authority                              | gwynedd                                   |
      | provision.requiresPlaceAtParticularInstitution | false                                     |
      | provision.requiresBoardAndLodging              | false                                     |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false                                     |
      | post16.englishInstitutionProposed              | false                                     |
      | post16.specialistInstitutionProposed           | false                                     |
      | post16.onProgramme                             | true                                      |
      | post16.yearsOnProgramme                        | 2                                         |
      | post16.differentRatesOfProgressConsidered      | true                                      |
      | post16.ableToUndertakeProgramme                | true                                      |
      | post16.programmeSuitableForOutcomes            | true                                      |
      | post16.extensionRequested                      | true                                      |
      | post16.extensionUnavoidable                    | true                                      |
      | post16.extensionNecessaryForOutcomes           | true                                      |
      | post16.extensionShouldHaveBeenAddressedEarlier | false                                     |
      | post16.extensionProportionate                  | true                                      |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect

  # Sch 1 para 4: a first extension that is unavoidable, necessary for the outcomes and proportionate
  Scenario: Sch 1 para 4 - a first extension that is unavoidable, necessary and proportionate keeps the IDP necessary
    Given the learner's "post16.previouslyExtended" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-justified"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "Sch 1 para 4"
    And the English summary contains "unavoidable, necessary to meet the desired outcomes and proportionate"
    And no facts are missing

  # Sch 1 para 4: each of the matters para 4 lists can defeat the extension
  Scenario Outline: Sch 1 para 4 - an extension that is not <matter> is not justified: IDP not necessary, with the reg 10 notice
    Given the learner's "post16.previouslyExtended" is false
    And the learner's "<fact>" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "extension-not-justified"
    And rule "extension-justified" failed
    And the deciding rule cites "Sch 1 para 4"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"
    And a next step in Welsh contains "Rhaid i'r hysbysiad roi manylion cyswllt yr awdurdod"

    Examples:
      | matter                     | fact                                 |
      | unavoidable                | post16.extensionUnavoidable          |
      | necessary for the outcomes | post16.extensionNecessaryForOutcomes |
      | proportionate              | post16.extensionProportionate        |

  # Domain brief scenario 13; Sch 1 para 4(2)(e): a second extension asked for on the same facts as the first, with no
  # exceptional reasons
  Scenario: Brief scenario 13 - a second extension on the same facts without exceptional reasons: IDP not necessary
    Given the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is true
    And the learner's "post16.exceptionalReasons" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "extension-on-same-facts-without-exceptional-reasons"
    And the deciding rule cites "Sch 1 para 4(2)(e)"
    And rule "extension-justified" was not applicable
    And the English summary contains "extended before on the same facts and there are no exceptional reasons"
    And a next step in English contains "the right to appeal to the Education Tribunal for Wales (s.70)"
    And no facts are missing

  # Sch 1 para 4(2)(e): on the same facts, but with exceptional reasons, the extension is weighed on its merits
  Scenario: Sch 1 para 4(2)(e) - a second extension on the same facts with exceptional reasons is weighed on its merits: IDP necessary
    Given the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is true
    And the learner's "post16.exceptionalReasons" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "extension-on-same-facts-without-exceptional-reasons" failed
    And the deciding rule is "extension-justified"

  # Sch 1 para 4(2)(e): a second extension arising from new facts needs no exceptional reasons
  Scenario: Sch 1 para 4(2)(e) - a second extension on different facts is weighed on its merits without exceptional reasons
    Given the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is false
    And the learner's "post16.exceptionalReasons" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-justified"

  # Domain brief scenario 13: for a second extension the authority must assess whether it arises from the same facts and
  # whether there are exceptional reasons; with neither recorded, those two facts (and only those) are asked for
  Scenario: Brief scenario 13 - a second extension with neither the same-facts question nor exceptional reasons assessed: both are asked for
    Given the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is unknown
    And the learner's "post16.exceptionalReasons" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.sameFactsAsPreviousExtension, learner.post16.exceptionalReasons"

  # Sch 1 para 4: whether it was extended before is itself a question para 4 asks
  Scenario: Sch 1 para 4 - whether the programme was extended before is not recorded: that and the same-facts questions are asked for
    Given the learner's "post16.previouslyExtended" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.previouslyExtended, learner.post16.sameFactsAsPreviousExtension, learner.post16.exceptionalReasons"

  # Sch 1 para 4: an extension asked for but none of its matters yet weighed
  Scenario: Sch 1 para 4 - an extension asked for with none of the para 4 matters weighed: those matters are asked for
    Given the learner has these facts:
      | fact                                 | value   |
      | post16.previouslyExtended            | false   |
      | post16.extensionUnavoidable          | unknown |
      | post16.extensionNecessaryForOutcomes | unknown |
      | post16.extensionProportionate        | unknown |
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.extensionUnavoidable, learner.post16.extensionNecessaryForOutcomes, learner.post16.extensionProportionate"
