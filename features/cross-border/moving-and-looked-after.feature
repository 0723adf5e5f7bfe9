Feature: Cross-border - moving home with an authority IDP, and looked-after children
  When a learner with an IDP maintained by an authority moves their main residence to another
  authority's area, the IDP transfers to the new authority (s.35(7)-(8); Nodi, domain brief B4.1
  [S]). For a looked-after child, the authority looking after the child decides and maintains the IDP
  (ss.15-19; EN s.1(5); domain brief B2.3), wherever the child lives.

  Background:
    Given the case reference is "cross-border-moving"
    And the decision is made in "torfaen" on "2025-10-01"
    And the learner was born on "2016-09-09"
    And the learner has these facts:
      | fact                                           | value                   |
      | hasAln                                         | true                    |
      | homeAuthority                                  | torfaen                 |
      | existingIdp.maintainedBy                       | LOCAL_AUTHORITY         |
      | existingIdp.authority                          | newport                 |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | newport                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.requiresPlaceAtParticularInstitution | false                   |
      | provision.requiresBoardAndLodging              | false                   |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
      | needs.rareConditionRequiringSpecialistSupport  | false                   |

  # s.35(7)-(8) [S]: the family moved from Newport to Torfaen; the child stays at the Newport school; the Newport IDP
  # transfers to Torfaen, which becomes responsible and funds
  Scenario: s.35(7)-(8) - a child with a Newport authority IDP who moves to Torfaen and stays at a Newport school: the IDP transfers to Torfaen
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "la-idp-transfers-on-move"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.35(7)-(8)"
    And the decision's "responsibleAuthority" is "torfaen"
    And the decision's "fundingAuthority" is "torfaen"
    And the English summary contains "the IDP transfers to the new home authority (s.35(7)-(8))"
    And the Welsh summary contains "mae'r CDU yn trosglwyddo i'r awdurdod cartref newydd"
    And no facts are missing

  # s.35(7)-(8): an IDP already maintained by the home authority has not moved; the baseline's funding rule decides
  Scenario: s.35(7)-(8) - a Torfaen authority IDP for a Torfaen child at a Newport school does not transfer: Torfaen funds under the recoupment law
    Given the learner's "existingIdp.authority" is "torfaen"
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And rule "la-idp-transfers-on-move" failed
    And the deciding rule is "authority-idp-funded-by-home-authority"
    And the decision's "fundingAuthority" is "torfaen"
    And the decision's "recoupment" is "GENERAL_RECOUPMENT_LAW"

  # s.35(7)-(8) [S]; EN para 73 [P]. Which authority maintains the existing IDP decides whether it transfers
  # (la-idp-transfers-on-move), but either way Torfaen, the home authority, is responsible and funds the provision: the
  # baseline's authority-idp-funded-by-home-authority gives the same outcome and the same two answers. Only the answers
  # the two rules differ on (recovering costs from the school's authority, consulting it before a direction) wait for
  # the IDP's authority (issue 9, over-strictness). Before issue 9 the whole decision was MORE_INFORMATION_NEEDED.
  Scenario: s.35(7)-(8) - an authority IDP whose authority is not recorded: the home authority is responsible and funds, and only recoupment and consultation wait for that authority
    Given the learner's "existingIdp.authority" is unknown
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And no facts are missing
    And the decision's "responsibleAuthority" is "torfaen"
    And the decision's "fundingAuthority" is "torfaen"
    And the decision's "recoupment" needs the facts "learner.existingIdp.authority"
    And the decision's "consultationRequired" needs the facts "learner.existingIdp.authority"
    And rule "la-idp-transfers-on-move" was undetermined
    And a next step in English contains "Record the missing information"

  # ss.15-19 (domain brief B2.3; features/idp-responsibility/looked-after.feature): the authority
  # looking after the child decides and maintains the IDP even when the child's home authority is another. For a child
  # living in Cardiff, looked after by Newport and at a Torfaen school, IDP_RESPONSIBILITY answers LOCAL_AUTHORITY with
  # responsibleAuthority newport (next scenario), but CROSS_BORDER's baseline rule authority-idp-funded-by-home-authority
  # names the home authority, Cardiff, as responsible and as funder.
  Scenario: ss.15-19 - a child living in Cardiff, looked after by Newport, at a Torfaen school: Newport, the looking-after authority, is responsible
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner has these facts:
      | fact                     | value   |
      | homeAuthority            | cardiff |
      | setting.authority        | torfaen |
      | existingIdp.maintainedBy | NONE    |
      | lookedAfter              | true    |
      | lookingAfterAuthority    | newport |
    When the "CROSS_BORDER" decision is made
    Then the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is "newport"

  # ss.15-19: the IDP_RESPONSIBILITY decision for the same child names Newport, so the two decisions contradict each other
  Scenario: ss.15-19 - for the same looked-after child the IDP_RESPONSIBILITY decision names Newport
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner has these facts:
      | fact                     | value   |
      | homeAuthority            | cardiff |
      | setting.authority        | torfaen |
      | existingIdp.maintainedBy | NONE    |
      | lookedAfter              | true    |
      | lookingAfterAuthority    | newport |
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "looked-after-child"
    And the decision's "responsibleAuthority" is "newport"

  # ss.15-19 and s.35(11)-(13): a looked-after child's IDP is maintained by the looking-after
  # authority; living elsewhere is not a move that transfers it under s.35(7)-(8). la-idp-transfers-on-move does not read
  # learner.lookedAfter, so it transfers Newport's IDP to the child's home authority, Cardiff.
  Scenario: ss.15-19 - a child looked after by Newport, with Newport's IDP, living in Cardiff: the IDP does not transfer to Cardiff
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner has these facts:
      | fact                  | value   |
      | homeAuthority         | cardiff |
      | lookedAfter           | true    |
      | lookingAfterAuthority | newport |
    When the "CROSS_BORDER" decision is made
    Then rule "la-idp-transfers-on-move" was not applicable
    And the decision's "responsibleAuthority" is "newport"

  # s.15(1)(b) [P]: a detained child is not a looked-after child for the Act; ss.39-40 and EA 1996 s.562J [P]: the home
  # authority of a detained child who is looked after is the looking-after authority
  Scenario: ss.39-40 - a detained child looked after by Newport, living in Cardiff: Newport is the home authority responsible
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner has these facts:
      | fact                  | value           |
      | homeAuthority         | cardiff         |
      | lookedAfter           | true            |
      | lookingAfterAuthority | newport         |
      | setting.kind          | YOUTH_DETENTION |
      | setting.authority     | england         |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "detained-looked-after-child"
    And the decision's "responsibleAuthority" is "newport"
    And rule "looked-after-child" was not applicable

  # ss.39-40 [P]: a detained learner who is not looked after: the home authority, not the authority where they are detained
  Scenario: ss.39-40 - a detained Torfaen child held in a Welsh authority elsewhere is Torfaen's
    Given the learner has these facts:
      | fact              | value           |
      | setting.kind      | YOUTH_DETENTION |
      | setting.authority | bridgend        |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "detained-home-authority-in-wales"
    And the decision's "responsibleAuthority" is "torfaen"

  # s.18(2)(c) [P], EN para 54: a child looked after by Newport but living in England: Newport stays responsible for the child,
  # with no duty under the Act to decide while the child is there, so there is no IDP to fund
  Scenario: s.18(2)(c) - a child looked after by Newport and living in England: Newport is responsible, with no IDP to fund
    Given the decision is made in "newport" on "2025-10-01"
    And the learner has these facts:
      | fact                  | value   |
      | homeAuthority         | england |
      | lookedAfter           | true    |
      | lookingAfterAuthority | newport |
      | setting.authority     | england |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "LOOKING_AFTER_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "looked-after-child-living-outside-wales"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is unset
    And the English summary contains "(s.18(2)(c))"

  # EN para 53 [P]: a looked-after young person is treated like any other young person, so the looked-after rules do not decide
  Scenario: EN para 53 - a 17-year-old looked after by Newport and living in Cardiff is not a looking-after authority case
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2008-03-01"
    And the learner has these facts:
      | fact                     | value   |
      | consent                  | GIVEN   |
      | homeAuthority            | cardiff |
      | existingIdp.maintainedBy | NONE    |
      | lookedAfter              | true    |
      | lookingAfterAuthority    | newport |
      | setting.authority        | torfaen |
    When the "CROSS_BORDER" decision is made
    Then rule "looked-after-child" failed
    And the decision's "responsibleAuthority" is "cardiff"

  # s.15(1)(a) [P] (issue 9 item 1): a child living in Cardiff, at a Torfaen school, looked after by an English council is not
  # looked after for the Act, so the ordinary cross-border rules decide, not LOOKING_AFTER_AUTHORITY_RESPONSIBLE: the
  # school keeps the IDP under both authorities' baselines, Cardiff is responsible and the school's budget funds it.
  Scenario: s.15(1)(a) - a child living in Cardiff, looked after by an English council, at a Torfaen school: the ordinary cross-border rules decide
    Given the decision is made in "cardiff" on "2025-10-01"
    And the learner has these facts:
      | fact                     | value   |
      | homeAuthority            | cardiff |
      | setting.authority        | torfaen |
      | existingIdp.maintainedBy | NONE    |
      | lookedAfter              | true    |
      | lookingAfterAuthority    | england |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And rule "looked-after-child" failed
    And the deciding rule is "school-idp-funded-from-school-budget"
    And the decision's "responsibleAuthority" is "cardiff"
    And the decision's "fundingAuthority" is "torfaen"

  # s.18(2)(c) [P]: what counts is where a looked-after child is placed. Looked after by Newport, family home Torfaen,
  # placed in England: Newport stays responsible, with no IDP decided while the child is there.
  Scenario: s.18(2)(c) - a child looked after by Newport, placed in England while the family lives in Torfaen: Newport is responsible, with no IDP to fund
    Given the learner has these facts:
      | fact                  | value   |
      | lookedAfter           | true    |
      | lookingAfterAuthority | newport |
      | placementArea         | england |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "LOOKING_AFTER_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "looked-after-child-living-outside-wales"
    And the decision's "responsibleAuthority" is "newport"
    And the decision's "fundingAuthority" is unset
    And the English summary contains "looked after by Newport City Council"

  # s.40(1), EA 1996 s.562J [P]: a detained child looked after by an English council has that council as home authority;
  # no Welsh authority has the Act's duties during the detention.
  Scenario: s.40(1) - a detained child looked after by an English council: the council is the home authority, and no Welsh authority is responsible
    Given the learner has these facts:
      | fact                  | value           |
      | lookedAfter           | true            |
      | lookingAfterAuthority | england         |
      | setting.kind          | YOUTH_DETENTION |
      | setting.authority     | bridgend        |
    When the "CROSS_BORDER" decision is made
    Then the outcome is "HOME_AUTHORITY_RESPONSIBLE"
    And the deciding rule is "detained-looked-after-by-authority-outside-wales"
    And the decision's "responsibleAuthority" is "england"
