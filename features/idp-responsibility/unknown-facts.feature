Feature: IDP responsibility - unknown facts
  Unknown is not false (DEVELOPERS.md "How a decision is made"). A fact that is not given and could
  change who maintains the IDP makes the outcome MORE_INFORMATION_NEEDED, naming exactly the facts
  that could change it; a fact that cannot change it is never asked for. Statutory rules run first;
  when one is undetermined, a later rule - a principle included - decides only if it gives the same
  outcome and the same further answers (responsible authority, direction, referral) as the
  undetermined ones would.

  Background:
    Given the case reference is "idp-unknown"
    And the decision is made in "flintshire" on "2025-10-01"
    And the learner was born on "2014-09-09"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | existingIdp.maintainedBy                       | NONE                    |
      | homeAuthority                                  | flintshire              |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | flintshire              |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |

  # s.12(2)(a)(i): whether the school could reasonably secure the provision decides between SCHOOL and a referral
  Scenario: s.12(2)(a)(i) - a mainstream pupil whose school has not said whether it could reasonably secure the provision is asked exactly that
    Given the learner's "provision.reasonableForSchoolToSecure" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.provision.reasonableForSchoolToSecure"
    And rule "school-refers-to-authority" was undetermined
    And the English summary contains "no decision is guessed"
    And a next step in English contains "Record the missing information"

  # s.12(2)(a) and Code 12.44 (baseline): both answers lead to the authority with the same referral, so the unknown cannot matter
  Scenario: s.12(2)(a) and Code 12.44 - with external specialist advice beyond the school, the reasonableness question cannot change the answer and is not asked
    Given the learner's "provision.reasonableForSchoolToSecure" is unknown
    And the learner's "provision.externalSpecialistAdviceBeyondSchool" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And rule "school-refers-to-authority" was undetermined
    And the deciding rule is "beyond-what-school-can-reasonably-secure"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision's "referToAuthority" is "true"
    And no facts are missing

  # s.12(2)(a) with Carmarthenshire section 4: the rare-condition principle gives the same answer as a referral would
  Scenario: s.12(2)(a) with Carmarthenshire section 4 - a principle decides behind an undetermined statutory rule when it gives the same answer
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "carmarthenshire"
    And the learner's "provision.reasonableForSchoolToSecure" is unknown
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "rare-condition-needing-specialist-support"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And no facts are missing

  # s.30: the authority maintains, and which authority is the home authority - unknown, so asked for
  Scenario: s.30 - a dual-registered pupil whose home authority is not recorded is asked for it, since the home authority maintains the IDP
    Given the learner's "dualRegistered" is true
    And the learner's "homeAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.homeAuthority"

  # s.40(1) [P]: whether the home authority is in Wales decides whether the Act's detained-person duties apply at all, so an
  # unknown home authority is asked for (no rule decides: before issue 9 the detention rule decided and only needed it named)
  Scenario: s.40(1) - a detained learner whose home authority is unknown is asked for it
    Given the learner's "setting.kind" is "YOUTH_DETENTION"
    And the learner's "homeAuthority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And rule "detained-home-authority-in-wales" was undetermined
    And the missing facts are "learner.homeAuthority"

  # WLGA/ADEW para 13 (baseline): a resource base would make it the authority's, so the specialist class is asked for
  Scenario: WLGA/ADEW para 13 - under the baseline a mainstream pupil whose specialist class is not recorded is asked for it
    Given the learner's "setting.specialistClass" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.specialistClass"
    And rule "specialist-setting" was undetermined

  # WLGA/ADEW para 13 and Code 12.44 (baseline): both rules give the authority with the same further answers
  Scenario: WLGA/ADEW para 13 - with equipment beyond the school the specialist class cannot change the answer and is not asked
    Given the learner's "setting.specialistClass" is unknown
    And the learner's "provision.equipmentBeyondSchool" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "beyond-what-school-can-reasonably-secure"
    And no facts are missing

  # WLGA/ADEW para 13: a special school is a specialist setting whatever class the pupil is in
  Scenario: WLGA/ADEW para 13 - a special-school pupil is not asked which specialist class they are in
    Given the learner's "setting.kind" is "SPECIAL_SCHOOL"
    And the learner's "setting.specialistClass" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "specialist-setting"
    And no facts are missing

  # Carmarthenshire section 4 does not name specialist classes, so in Carmarthenshire the class is never asked for
  Scenario: Carmarthenshire section 4 - the council's list does not turn on specialist classes, so an unknown class is not asked for
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "carmarthenshire"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is false
    And the learner's "setting.specialistClass" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And no facts are missing

  # Carmarthenshire section 4: a rare condition would make it the council's, so it is asked for in Carmarthenshire
  Scenario: Carmarthenshire section 4 - whether the pupil has a rare condition needing specialist support is asked for in Carmarthenshire
    Given the decision is made in "carmarthenshire" on "2025-10-01"
    And the learner's "homeAuthority" is "carmarthenshire"
    And the learner's "setting.authority" is "carmarthenshire"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.needs.rareConditionRequiringSpecialistSupport"
    And rule "rare-condition-needing-specialist-support" was undetermined

  # Denbighshire's principles do not name rare conditions, so the same unknown is not asked for there
  Scenario: Denbighshire Principles of Inclusion - a rare condition is not among Denbighshire's principles, so it is not asked for
    Given the decision is made in "denbighshire" on "2025-10-01"
    And the learner's "homeAuthority" is "denbighshire"
    And the learner's "setting.authority" is "denbighshire"
    And the learner's "needs.rareConditionRequiringSpecialistSupport" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And no facts are missing

  # s.15(1) before s.14(6)-(9): an authority maintains the IDP either way and cannot direct a school (a looked-after
  # child's goes to the looking-after authority, a named place to the home authority), so the outcome is settled; only
  # which authority waits for the looked-after facts (issue 9, over-strictness). Before issue 9 the whole decision was
  # MORE_INFORMATION_NEEDED, asking for learner.lookedAfter.
  Scenario: ss.15-19 - a pupil needing a named place whose looked-after status is unknown: an authority maintains the IDP, and only which one waits
    Given the learner's "lookedAfter" is unknown
    And the learner's "provision.requiresPlaceAtParticularInstitution" is true
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "named-place-or-board-and-lodging"
    And no facts are missing
    And the decision's "mayDirectSchool" is "false"
    And the decision's "responsibleAuthority" needs the facts "learner.lookedAfter, learner.lookingAfterAuthority"
    And rule "looked-after-child" was undetermined

  # Where a pupil goes to school decides most of the statutory cases
  Scenario: ss.11-14 - a pupil whose setting is not recorded is asked for the setting
    Given the learner's "setting.kind" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.kind"

  # ss.11-12 bind only maintained schools in Wales: for a Welsh resident a school in England is the home authority's
  # (s.14), so where the school is can change the answer and is asked for. Before issue 9 it was never asked for.
  Scenario: ss.11-12 - the authority that maintains a Welsh resident's school is asked for, because a school in England would be the home authority's
    Given the learner's "setting.authority" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.setting.authority"
    And rule "child-at-school-or-college-outside-wales" was undetermined

  # Age decides whether the learner is a young person whose consent is needed (s.14(3)); with neither known both are asked for
  Scenario: s.14(3) - a pupil whose date of birth and consent are both unknown is asked for both
    Given the learner's "dateOfBirth" is unknown
    And the learner's "consent" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.dateOfBirth, learner.consent"

  # s.14(3); "young person" means under 25: with consent GIVEN at a maintained school, neither consent rule can pass and the
  # early-years and post-16 rules exclude maintained schools whatever the age - only the upper age limit of the Act still
  # turns on the date of birth, so that is the one fact asked for.
  Scenario: s.14(3) - a consenting pupil at a maintained school with no date of birth is asked only for it, for the Act's upper age limit
    Given the learner's "dateOfBirth" is unknown
    And the learner's "consent" is "GIVEN"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.dateOfBirth"
    And rule "young-person-refuses-consent" failed
    And rule "aged-25-or-over" was undetermined
