Feature: Post-16 reasonable needs - extending a programme (Sch 1 para 4)
  When an extension of a programme of study is proposed, the authority must take into account,
  where relevant, whether the circumstances are unavoidable, whether the extension is necessary to
  complete the programme and meet the original or adjusted outcomes, whether it should have been
  addressed earlier (and why not), whether it is proportionate and, after an earlier extension,
  whether it arises from the same facts and whether there are exceptional reasons (ALN (Wales)
  Regulations 2021, Sch 1 para 4(2) [P]). These are factors to weigh, not a test: the decision turns
  on the authority's recorded conclusion, the realistic prospect that the extended programme would
  enable the young person to meet a desired outcome, and the explanation names the factors (issue 9
  item 9). Before issue 9 one adverse factor decided IDP_NOT_NECESSARY on its own, and unweighed
  factors were asked for. Domain brief scenario 13. Gwynedd has no encoded post-16 principles.

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
      | post16.previouslyExtended                      | false                                     |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"

  # Sch 1 paras 1 and 4 [P]: a realistic prospect for the extended programme keeps the IDP necessary, and the factors are named
  Scenario: Sch 1 para 4 - an extension the authority concludes has a realistic prospect keeps the IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-realistic-prospect"
    And the deciding layer is "NATIONAL_BASELINE"
    And the deciding rule cites "Sch 1 para 4(2)"
    And the English summary contains "whether it is unavoidable, necessary for the original or adjusted outcomes"
    And the Welsh summary contains "Atodlen 1 para 4"
    And no facts are missing

  # Sch 1 para 4 [P]: an adverse factor is weighed, not decisive; the authority's conclusion decides
  Scenario Outline: Sch 1 para 4 - an extension that is not <matter> but that the authority still concludes has a realistic prospect keeps the IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "<fact>" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-realistic-prospect"

    Examples:
      | matter                     | fact                                 |
      | unavoidable                | post16.extensionUnavoidable          |
      | necessary for the outcomes | post16.extensionNecessaryForOutcomes |
      | proportionate              | post16.extensionProportionate        |

  # Sch 1 paras 1 and 4 [P]: with no realistic prospect for the extension, the IDP for it is not necessary, with the reg 10 notice
  Scenario: Sch 1 para 4 - an extension the authority concludes has no realistic prospect: IDP not necessary, with the reg 10 notice
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "extension-no-realistic-prospect"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"
    And a next step in Welsh contains "Rhaid i'r hysbysiad roi manylion cyswllt yr awdurdod"

  # Domain brief scenario 13; Sch 1 para 4(2)(e) [P]: a second extension on the same facts without exceptional reasons is
  # a factor the authority must take into account; its conclusion decides
  Scenario: Brief scenario 13 - a second extension on the same facts without exceptional reasons, with no realistic prospect concluded: IDP not necessary
    Given the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is true
    And the learner's "post16.exceptionalReasons" is false
    And the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "extension-no-realistic-prospect"
    And the English summary contains "whether it arises from the same facts and whether there are exceptional reasons"
    And a next step in English contains "the right to appeal to the Education Tribunal for Wales (s.70)"
    And no facts are missing

  # Sch 1 para 4(2)(e) [P]: the same facts and no exceptional reasons do not by themselves end the IDP
  Scenario: Sch 1 para 4(2)(e) - a second extension on the same facts without exceptional reasons that still has a realistic prospect: IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.previouslyExtended" is true
    And the learner's "post16.sameFactsAsPreviousExtension" is true
    And the learner's "post16.exceptionalReasons" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-realistic-prospect"

  # Sch 1 para 4 [P]: factors not recorded are not asked for; only the authority's conclusion is needed
  Scenario: Sch 1 para 4 - an extension with none of the para 4 matters recorded is decided on the authority's conclusion, and nothing is asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner has these facts:
      | fact                                 | value   |
      | post16.previouslyExtended            | unknown |
      | post16.extensionUnavoidable          | unknown |
      | post16.extensionNecessaryForOutcomes | unknown |
      | post16.extensionProportionate        | unknown |
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # Sch 1 para 4 [P]: without the authority's conclusion on the extended programme, that conclusion is asked for
  Scenario: Sch 1 para 4 - an extension with no conclusion on the desired outcomes recorded: the desired outcomes are asked for
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.desiredOutcomes"

  # Sch 1 paras 1 and 4 [P] (issue 9 item 9): a second extension on the same facts without exceptional reasons, which the
  # authority still concludes has a realistic prospect: the reason shows both para 4 matters it weighed beside the
  # conclusion that decides.
  Scenario: Sch 1 para 4 - the matters the authority weighed for an extension are shown in the deciding rule's reason
    Given the learner has these facts:
      | fact                               | value |
      | post16.previouslyExtended          | true  |
      | post16.sameFactsAsPreviousExtension | true  |
      | post16.exceptionalReasons          | false |
    And the young person's desired outcome "FURTHER_LEARNING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-realistic-prospect"
    And the reason for rule "extension-realistic-prospect" shows "learner.post16.sameFactsAsPreviousExtension" as "true"
    And the reason for rule "extension-realistic-prospect" shows "learner.post16.exceptionalReasons" as "false"
    And the reason for rule "extension-realistic-prospect" shows "learner.post16.extensionUnavoidable" as "true"
