# language: cy-GB
Arwedd: Penderfynu ar ADY - y diffiniad o anghenion dysgu ychwanegol (adrannau 2 a 3)
  Mae gan berson anghenion dysgu ychwanegol (ADY) os oes ganddo anhawster dysgu neu anabledd
  sy'n galw am ddarpariaeth ddysgu ychwanegol (adran 2(1)). O oedran ysgol gorfodol, anhawster
  sylweddol fwy i ddysgu na'r rhan fwyaf o eraill o'r un oed, neu anabledd sy'n rhwystro defnyddio
  cyfleusterau a ddarperir yn gyffredinol, yw anhawster dysgu neu anabledd (adran 2(2)). Nid oes
  anhawster dysgu dim ond oherwydd bod iaith yr addysgu yn wahanol i iaith y cartref (adran 2(4)).
  Yr un achosion â'r senarios Saesneg sydd yma, wedi'u hysgrifennu'n gyfan gwbl yn Gymraeg.

  # adran 2(4); fel "s.2(4) - a pupil whose only barrier ..." yn language-of-home.feature
  Scenario: adran 2(4) - nid oes ADY gan ddisgybl mai'r unig rwystr iddo yw bod addysgu cyfrwng Cymraeg yn wahanol i iaith y cartref
    Anrhegedig a bod cyfeirnod yr achos yn "iaith-cartref-01"
    A bod y penderfyniad yn cael ei wneud yn ardal "gwynedd" ar "2025-10-01"
    A bod dyddiad geni'r dysgwr yn "2017-02-14"
    A bod "setting.kind" y dysgwr yn "MAINTAINED_SCHOOL"
    A bod "needs.solelyLanguageOfHome" y dysgwr yn wir
    Pryd y gwneir y penderfyniad "ALN_DETERMINATION"
    Yna dylai'r canlyniad fod yn "NO_ALN"
    A dylai'r rheol sy'n penderfynu fod yn "difficulty-solely-from-language-of-home"
    A dylai'r haen sy'n penderfynu fod yn "STATUTORY"
    A dylai'r rheol sy'n penderfynu ddyfynnu "s.2(4)"
    A dylai'r rhestr o ffeithiau sydd ar goll fod yn wag
    A dylai'r crynodeb Cymraeg gynnwys "Nid yw hynny'n unig yn golygu bod gan berson anhawster dysgu neu anabledd (adran 2(4))"
    A dylai un o'r camau nesaf yn Gymraeg gynnwys "ei ailystyried (adran 26)"
    A dylai un o'r camau nesaf yn Gymraeg gynnwys "Dribiwnlys Addysg Cymru (adran 70)"
    A dylai fod gan bob rheswm destun yn Saesneg ac yn Gymraeg, a dyfyniad

  # adrannau 2(1), 2(2)(a), 3(1); fel "s.2(2)(a) - a pupil with significantly greater difficulty ..."
  Scenario: adran 2(2)(a) - mae gan ddisgybl ag anhawster sylweddol fwy i ddysgu sy'n galw am ddarpariaeth ddysgu ychwanegol ADY
    Anrhegedig a bod y penderfyniad yn cael ei wneud yn ardal "cardiff" ar "2025-10-01"
    A bod dyddiad geni'r dysgwr yn "2015-03-15"
    A bod "needs.areas" y dysgwr yn cynnwys "gwybyddiaeth a dysgu"
    A bod gan y dysgwr y ffeithiau hyn:
      | ffaith                                    | gwerth |
      | setting.kind                              | MAINTAINED_SCHOOL |
      | needs.solelyLanguageOfHome                | anwir  |
      | needs.significantlyGreaterDifficulty      | gwir   |
      | needs.disabilityHindersUseOfFacilities    | anwir  |
      | provision.metByUniversalProvision         | anwir  |
      | provision.additionalOrDifferentRequired   | gwir   |
      | provision.reasonableAdjustmentsConsidered | gwir   |
    Pryd y gwneir y penderfyniad "ALN_DETERMINATION"
    Yna dylai'r canlyniad fod yn "HAS_ALN"
    A dylai'r rheol sy'n penderfynu fod yn "learning-difficulty-calls-for-additional-learning-provision"
    A dylai'r rheol sy'n penderfynu ddyfynnu "s.2(2)"
    A dylai'r rheol sy'n penderfynu ddyfynnu "s.3(1)"
    A dylai'r penderfyniad fod wedi defnyddio set reolau "national.aln-determination" fersiwn "2021-09-01"
    A dylai'r rheswm dros reol "learning-difficulty-calls-for-additional-learning-provision" ddangos "learner.needs.significantlyGreaterDifficulty" fel "true"
    A dylai'r crynodeb Cymraeg gynnwys "Canlyniad HAS_ALN"

  # adrannau 2(1), 3(1): nid yw anabledd yn ADY oni bai ei fod yn galw am ddarpariaeth ddysgu ychwanegol
  Scenario: adran 3(1) - nid yw anabledd sy'n rhwystro defnyddio cyfleusterau, ond nad yw'n galw am ddarpariaeth ychwanegol neu wahanol, yn ADY
    Anrhegedig a bod y penderfyniad yn cael ei wneud yn ardal "pembrokeshire" ar "2025-10-01"
    A bod dyddiad geni'r dysgwr yn "2013-11-02"
    A bod gan y dysgwr y ffeithiau hyn:
      | ffaith                                    | gwerth |
      | needs.solelyLanguageOfHome                | anwir  |
      | needs.significantlyGreaterDifficulty      | anwir  |
      | needs.disabilityHindersUseOfFacilities    | gwir   |
      | provision.additionalOrDifferentRequired   | anwir  |
      | provision.reasonableAdjustmentsConsidered | gwir   |
    Pryd y gwneir y penderfyniad "ALN_DETERMINATION"
    Yna dylai'r canlyniad fod yn "NO_ALN"
    A dylai'r rheol sy'n penderfynu fod yn "does-not-call-for-additional-or-different-provision"
    A dylai'r rheol sy'n penderfynu ddyfynnu "s.3(1)"
    A dylai'r rhestr o ffeithiau sydd ar goll fod yn wag

  # adran 2(4): pan nad yw'n hysbys a yw'r anhawster yn codi o iaith y cartref yn unig, rhaid gofyn
  Scenario: adran 2(4) - pan nad yw'n hysbys a yw'r anhawster yn codi o iaith y cartref yn unig, mae angen rhagor o wybodaeth
    Anrhegedig a bod y penderfyniad yn cael ei wneud yn ardal "swansea" ar "2025-10-01"
    A bod dyddiad geni'r dysgwr yn "2015-03-15"
    A bod "needs.solelyLanguageOfHome" y dysgwr yn anhysbys
    A bod gan y dysgwr y ffeithiau hyn:
      | ffaith                                    | gwerth |
      | needs.significantlyGreaterDifficulty      | gwir   |
      | needs.disabilityHindersUseOfFacilities    | anwir  |
      | provision.metByUniversalProvision         | anwir  |
      | provision.additionalOrDifferentRequired   | gwir   |
      | provision.reasonableAdjustmentsConsidered | gwir   |
    Pryd y gwneir y penderfyniad "ALN_DETERMINATION"
    Yna dylai'r canlyniad fod yn "MORE_INFORMATION_NEEDED"
    A dylai'r ffeithiau sydd ar goll fod yn "learner.needs.solelyLanguageOfHome"
    A dylai rheol "difficulty-solely-from-language-of-home" fod heb ei phenderfynu

  # Y Ddeddf: mae person ifanc o dan 25; fel "Act scope - the 25th birthday ends the Act's application"
  Scenario Amlinellol: cwmpas y Ddeddf - daw'r Ddeddf i ben ar y pen-blwydd yn 25 oed (<pryd>)
    Anrhegedig a bod y penderfyniad yn cael ei wneud yn ardal "swansea" ar "<dyddiad>"
    A bod dyddiad geni'r dysgwr yn "2000-10-01"
    A bod "setting.kind" y dysgwr yn "FURTHER_EDUCATION_INSTITUTION"
    A bod gan y dysgwr y ffeithiau hyn:
      | ffaith                                    | gwerth |
      | needs.solelyLanguageOfHome                | anwir  |
      | needs.significantlyGreaterDifficulty      | gwir   |
      | needs.disabilityHindersUseOfFacilities    | anwir  |
      | provision.metByUniversalProvision         | anwir  |
      | provision.additionalOrDifferentRequired   | gwir   |
      | provision.reasonableAdjustmentsConsidered | gwir   |
    Pryd y gwneir y penderfyniad "ALN_DETERMINATION"
    Yna dylai'r canlyniad fod yn "<canlyniad>"
    A dylai'r rheol sy'n penderfynu fod yn "<rheol>"

    Enghreifftiau:
      | pryd                        | dyddiad    | canlyniad    | rheol                                                       |
      | y diwrnod cynt, yn 24 oed   | 2025-09-30 | HAS_ALN      | learning-difficulty-calls-for-additional-learning-provision |
      | ar y pen-blwydd yn 25 oed   | 2025-10-01 | OUT_OF_SCOPE | aged-25-or-over                                             |
