Feature: Cross-border - unknown facts
  Unknown is not false (DEVELOPERS.md "How a decision is made"): the missing facts are exactly those
  that could change the answer. Who funds a cross-border learner's provision depends on who maintains
  the IDP under the home authority's principles, so when that IDP question is unsettled the facts it
  needs are the ones asked for (EN para 73; domain brief B4). The home authority is responsible either
  way, so that outcome is given and only the answers that depend on the IDP question are left unset.

  Background:
    Given the case reference is "cross-border-unknown"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2015-03-02"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | homeAuthority                                  | cardiff                 |
      | existingIdp.maintainedBy                       | NONE                    |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | vale-of-glamorgan       |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # s.12(2)(a)(i) and EN para 73 [P] (issue 9, over-strictness): whether it is reasonable for the Vale school to secure the
  # ALP decides between a school IDP and a referral to Cardiff, and so who funds; but Cardiff, the home authority, is
  # responsible either way. The outcome and responsibleAuthority are given; fundingAuthority, recoupment and
  # consultationRequired are left unset, each naming that fact. Before issue 9 the whole decision was MORE_INFORMATION_NEEDED.
  Scenario: s.12(2) - whether the school can reasonably secure the provision is unknown: Cardiff is responsible, and only who funds waits for it
    Given the learner's "provision.reasonableForSchoolToSecure" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And no facts are missing
    And the deciding rule is "idp-question-unsettled"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "fundingAuthority" needs the facts "learner.provision.reasonableForSchoolToSecure"
    And the decision's "recoupment" needs the facts "learner.provision.reasonableForSchoolToSecure"
    And the decision's "consultationRequired" needs the facts "learner.provision.reasonableForSchoolToSecure"
    And the English summary contains "fundingAuthority (needs learner.provision.reasonableForSchoolToSecure)"

  # The same for a Cardiff pupil at a Powys school (issue 9's example): the home authority is responsible, who funds
  # depends on the IDP question, whose facts are missing.
  Scenario: EN para 73 - a Cardiff pupil at a Powys school whose reasonableness facts are unknown: Cardiff is responsible, who funds is not yet known
    Given the learner's "setting.authority" is "powys"
    And the learner's "provision.reasonableForSchoolToSecure" is unknown
    And the learner's "provision.schoolCanDetermineNeedsAndProvision" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "fundingAuthority" needs the facts "learner.provision.reasonableForSchoolToSecure, learner.provision.schoolCanDetermineNeedsAndProvision"
    And a next step in English contains "Record the missing information"

  # s.12(2) and the national baseline's specialist-setting principle: at a special school the IDP is the authority's
  # whether or not the school could reasonably secure the provision, so the unknown cannot change who funds
  Scenario: s.12(2) - at a Vale special school the same unknown cannot change the answer: Cardiff funds, nothing asked for
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "provision.reasonableForSchoolToSecure" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the decision's "fundingAuthority" is "cardiff"
    And the decision's "principlesConflict" is "false"
    And no facts are missing

  # s.99(4), EN para 73: with every IDP fact known, only the home authority is missing: who is responsible turns on it.
  Scenario: s.99(4) - the home authority is unknown: only the home authority is asked for
    Given the learner's "homeAuthority" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.homeAuthority"
