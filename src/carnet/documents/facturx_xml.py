"""The Factur-X XML of an invoice or credit note: UN/CEFACT Cross Industry Invoice, profile EN 16931.

Why EN 16931 (Factur-X's "EN 16931", once called Comfort) and not BASIC: it is the whole European semantic
norm, the one the French e-invoicing reform builds on, so nothing the PDF shows is left out of the XML;
BASIC is a subset of it without, among others, the seller's electronic address and the invoice's line
notes, and buys nothing for a document this simple. MINIMUM and BASIC WL carry no lines and are not invoices
in the norm's sense.

Built from the `InvoiceDocument` only, never recomputed: the XML says what the PDF says. Before anyone
writes it, `facturx_xml` checks it twice: against the Factur-X XSD (`facturx.xml_check_xsd`), and against
the EN 16931 business rules a wrong document could break (`business_rule_problems`: line sums, VAT per
category, totals, exemption reasons). The official schematron is XSLT 2.0, which lxml cannot run, and the
factur-x library runs it only on a Saxon server over the network — which Carnet never opens; hence the
rules checked here in Python. A quote has no XML (`NotAnInvoice`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from carnet.documents.wording import ENGLISH, FRENCH
from carnet.domain.errors import CarnetError
from carnet.domain.invoice_document import DocumentKind, InvoiceDocument, Party

PROFILE = "en16931"  # the factur-x library's name for the level
GUIDELINE = "urn:cen.eu:en16931:2017"
RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
NAMESPACES = {"rsm": RSM, "ram": RAM, "qdt": QDT, "udt": UDT}
# UNTDID 1001: commercial invoice, credit note, prepayment invoice (a deposit invoice, facture d'acompte).
TYPE_CODES = {"invoice": "380", "credit_note": "381", "deposit": "386"}
FRANCHISE_CODE = "VATEX-FR-FRANCHISE"  # the VATEX code of the French "franchise en base" (art. 293 B du CGI)
SIREN_SCHEME = "0002"  # ISO 6523 ICD of the SIRENE register: SIREN
SIRET_SCHEME = "0009"  # … and SIRET
SEPA_TRANSFER = "58"  # UNTDID 4461: SEPA credit transfer
ON_INVOICE_DATE = "5"  # UNTDID 2475 as EN 16931 uses it (BT-8): VAT due on the invoice's date (option on debits)
# The messages (English templates; the window translates them in the "carnet.domain" context):
QUOTE_HAS_NO_FACTURX = "A quote is not an invoice: it has no Factur-X data ({number})."
INVALID_FACTURX = "The Factur-X data of this document is not valid: {reason}"


class NotAnInvoice(CarnetError):
    """A quote has no Factur-X XML: it is not an invoice."""


class InvalidFacturX(CarnetError):
    """The XML made from a document breaks the schema or a business rule: nothing is written."""


def _amount(cents: int) -> str:
    return f"{Decimal(cents).scaleb(-2):.2f}"


def _decimal(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _category(rate: Decimal | None) -> str:
    """VAT category (UNTDID 5305): S standard/reduced rate, Z zero rate, E exempt (the franchise)."""
    if rate is None:
        return "E"
    return "Z" if rate == 0 else "S"


class _Builder:
    def __init__(self) -> None:
        self.root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NAMESPACES)

    @staticmethod
    def add(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
        prefix, name = tag.split(":")
        element = etree.SubElement(parent, f"{{{NAMESPACES[prefix]}}}{name}", attributes)
        if text is not None:
            element.text = text
        return element

    def date(self, parent: etree._Element, tag: str, value: object, qualified: bool = False) -> None:
        holder = self.add(parent, tag)
        self.add(holder, "qdt:DateTimeString" if qualified else "udt:DateTimeString",
                 value.strftime("%Y%m%d"), format="102")  # type: ignore[attr-defined]


def facturx_xml(document: InvoiceDocument) -> bytes:
    """The document's CII XML (UTF-8), checked against the XSD and the business rules; raises
    `NotAnInvoice` for a quote and `InvalidFacturX` (with the reason) when a check fails."""
    xml = build_xml(document)
    check_xml(xml)
    return xml


def type_code(document: InvoiceDocument) -> str:
    if document.kind is DocumentKind.QUOTE:
        raise NotAnInvoice(QUOTE_HAS_NO_FACTURX, number=document.number)
    if document.kind is DocumentKind.CREDIT_NOTE:
        return TYPE_CODES["credit_note"]
    return TYPE_CODES["deposit" if document.deposit else "invoice"]


def exemption_reason(document: InvoiceDocument) -> str:
    """The franchise's formula, in French: it is the wording French law asks for, whatever the language."""
    return FRENCH.franchise if document.vat_franchise else "Exonération de TVA"


def build_xml(document: InvoiceDocument) -> bytes:
    """The XML without the checks (the tests use it to show what the checks refuse)."""
    code = type_code(document)
    b = _Builder()
    context = b.add(b.root, "rsm:ExchangedDocumentContext")
    b.add(b.add(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", GUIDELINE)
    header = b.add(b.root, "rsm:ExchangedDocument")
    b.add(header, "ram:ID", document.number)
    b.add(header, "ram:TypeCode", code)
    b.date(header, "ram:IssueDateTime", document.issue_date)
    for subject, text in _notes(document):
        note = b.add(header, "ram:IncludedNote")
        b.add(note, "ram:Content", text)
        if subject:
            b.add(note, "ram:SubjectCode", subject)

    transaction = b.add(b.root, "rsm:SupplyChainTradeTransaction")
    for number, line in enumerate(document.lines, start=1):
        item = b.add(transaction, "ram:IncludedSupplyChainTradeLineItem")
        b.add(b.add(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(number))
        b.add(b.add(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
        price = b.add(b.add(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
        b.add(price, "ram:ChargeAmount", _amount(line.unit_price_cents))
        b.add(b.add(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", _decimal(line.quantity),
              unitCode=line.unit)
        settlement = b.add(item, "ram:SpecifiedLineTradeSettlement")
        tax = b.add(settlement, "ram:ApplicableTradeTax")
        b.add(tax, "ram:TypeCode", "VAT")
        b.add(tax, "ram:CategoryCode", _category(line.vat_rate))
        b.add(tax, "ram:RateApplicablePercent", _decimal(line.vat_rate if line.vat_rate is not None else Decimal(0)))
        summation = b.add(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
        b.add(summation, "ram:LineTotalAmount", _amount(line.net_cents))

    agreement = b.add(transaction, "ram:ApplicableHeaderTradeAgreement")
    _party(b, agreement, "ram:SellerTradeParty", document.seller, seller=True, document=document)
    _party(b, agreement, "ram:BuyerTradeParty", document.buyer, seller=False, document=document)

    delivery = b.add(transaction, "ram:ApplicableHeaderTradeDelivery")
    if document.delivery_address is not None:
        ship_to = b.add(delivery, "ram:ShipToTradeParty")
        b.add(ship_to, "ram:Name", document.delivery_address.name or document.buyer.name)
        _address(b, ship_to, document.delivery_address)
    event = b.add(delivery, "ram:ActualDeliverySupplyChainEvent")
    b.date(event, "ram:OccurrenceDateTime", document.sale_date or document.issue_date)

    settlement = b.add(transaction, "ram:ApplicableHeaderTradeSettlement")
    b.add(settlement, "ram:InvoiceCurrencyCode", document.currency)
    if document.bank is not None:
        means = b.add(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        b.add(means, "ram:TypeCode", SEPA_TRANSFER)
        b.add(b.add(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID",
              document.bank.iban.replace(" ", "").upper())
        if document.bank.bic:
            b.add(b.add(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", document.bank.bic)
    for breakdown in document.vat:
        tax = b.add(settlement, "ram:ApplicableTradeTax")
        b.add(tax, "ram:CalculatedAmount", _amount(breakdown.vat_cents))
        b.add(tax, "ram:TypeCode", "VAT")
        category = _category(breakdown.rate)
        if category == "E":
            b.add(tax, "ram:ExemptionReason", exemption_reason(document))
        b.add(tax, "ram:BasisAmount", _amount(breakdown.base_cents))
        b.add(tax, "ram:CategoryCode", category)
        if category == "E" and document.vat_franchise:
            b.add(tax, "ram:ExemptionReasonCode", FRANCHISE_CODE)
        if document.vat_on_debits and category == "S":
            b.add(tax, "ram:DueDateTypeCode", ON_INVOICE_DATE)
        b.add(tax, "ram:RateApplicablePercent", _decimal(breakdown.rate if breakdown.rate is not None else Decimal(0)))
    for rate, cents in _allowances(document):
        allowance = b.add(settlement, "ram:SpecifiedTradeAllowanceCharge")
        b.add(b.add(allowance, "ram:ChargeIndicator"), "udt:Indicator", "false")
        b.add(allowance, "ram:ActualAmount", _amount(cents))
        b.add(allowance, "ram:Reason", (FRENCH if document.language.value == "fr" else ENGLISH).discount)
        tax = b.add(allowance, "ram:CategoryTradeTax")
        b.add(tax, "ram:TypeCode", "VAT")
        b.add(tax, "ram:CategoryCode", _category(rate))
        b.add(tax, "ram:RateApplicablePercent", _decimal(rate if rate is not None else Decimal(0)))
    if document.due_date is not None or document.payment_terms:
        terms = b.add(settlement, "ram:SpecifiedTradePaymentTerms")
        if document.payment_terms:
            b.add(terms, "ram:Description", document.payment_terms)
        if document.due_date is not None:
            b.date(terms, "ram:DueDateDateTime", document.due_date)
    totals = b.add(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    b.add(totals, "ram:LineTotalAmount", _amount(sum(line.net_cents for line in document.lines)))
    if document.discount_cents:
        b.add(totals, "ram:AllowanceTotalAmount", _amount(document.discount_cents))
    b.add(totals, "ram:TaxBasisTotalAmount", _amount(document.net_total_cents))
    b.add(totals, "ram:TaxTotalAmount", _amount(document.vat_total_cents), currencyID=document.currency)
    b.add(totals, "ram:GrandTotalAmount", _amount(document.gross_total_cents))
    if document.paid_cents:
        b.add(totals, "ram:TotalPrepaidAmount", _amount(document.paid_cents))
    b.add(totals, "ram:DuePayableAmount", _amount(_due(document)))
    if document.kind is DocumentKind.CREDIT_NOTE and document.corrects_number:
        reference = b.add(settlement, "ram:InvoiceReferencedDocument")
        b.add(reference, "ram:IssuerAssignedID", document.corrects_number)
        if document.corrects_date is not None:
            b.date(reference, "ram:FormattedIssueDateTime", document.corrects_date, qualified=True)
    return etree.tostring(b.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _due(document: InvoiceDocument) -> int:
    """BT-115, the amount due for payment: the grand total minus what was paid (BR-CO-16). Not the PDF's
    balance when credit notes were issued against the invoice: each credit note is a Factur-X document of its
    own, which names this invoice, and the norm counts no credit note in an invoice's prepaid amount. A credit
    note's amount due is what it credits."""
    return document.gross_total_cents - document.paid_cents


def _allowances(document: InvoiceDocument) -> list[tuple[Decimal | None, int]]:
    """The document's discount as EN 16931 wants it, one allowance per VAT rate (BR-S-08): at each rate, the
    lines' sum minus the rate's base (the document took the discount from the bases)."""
    if not document.discount_cents:
        return []
    allowances = []
    for breakdown in document.vat:
        lines = sum(line.net_cents for line in document.lines if line.vat_rate == breakdown.rate)
        if lines - breakdown.base_cents:
            allowances.append((breakdown.rate, lines - breakdown.base_cents))
    return allowances


def _notes(document: InvoiceDocument) -> list[tuple[str, str]]:
    """BT-21/22 notes with UNTDID 4451 subjects, as the French reform reads them: penalties (PMD), the €40
    indemnity (PMT), early-payment discount (AAB); then the nature of the supply, the option on debits and
    the free notes."""
    from carnet.documents import mentions
    from carnet.documents.wording import wording

    words = wording(document.language)
    notes: list[tuple[str, str]] = []
    if document.kind is DocumentKind.INVOICE:
        penalty = mentions.late_payment_text(document)
        if penalty:
            notes.append(("PMD", words.late_payment.format(text=penalty)))
        if document.buyer.is_business:
            notes.append(("PMT", words.indemnity))
            notes.append(("AAB", words.early_payment.format(text=document.early_payment_text)
                          if document.early_payment_text else words.no_early_discount))
    notes.append(("", words.nature.format(nature=words.natures[document.nature])))
    if document.vat_on_debits:
        notes.append(("TXD", FRENCH.on_debits))
    if document.vat_franchise:
        notes.append(("TXD", FRENCH.franchise))
    corrects = mentions.corrects_line(document)
    if corrects:
        notes.append(("", corrects))
    notes += [("", note) for note in document.notes if note.strip()]
    return notes


def _address(b: _Builder, parent: etree._Element, party: Party) -> None:
    address = b.add(parent, "ram:PostalTradeAddress")
    if party.postcode:
        b.add(address, "ram:PostcodeCode", party.postcode)
    streets = [line for line in party.address_lines if line.strip()]
    for tag, text in zip(("ram:LineOne", "ram:LineTwo", "ram:LineThree"), [*streets[:2], ", ".join(streets[2:])],
                         strict=False):
        if text:
            b.add(address, tag, text)
    if party.city:
        b.add(address, "ram:CityName", party.city)
    b.add(address, "ram:CountryID", party.country_code.upper())


def _party(b: _Builder, parent: etree._Element, tag: str, party: Party, seller: bool,
           document: InvoiceDocument) -> None:
    element = b.add(parent, tag)
    if party.siret:
        b.add(element, "ram:GlobalID", party.siret, schemeID=SIRET_SCHEME)
    b.add(element, "ram:Name", party.name)
    siren = party.siren or party.siret[:9]
    if siren:
        b.add(b.add(element, "ram:SpecifiedLegalOrganization"), "ram:ID", siren, schemeID=SIREN_SCHEME)
    _address(b, element, party)
    if seller and party.email:
        b.add(b.add(element, "ram:URIUniversalCommunication"), "ram:URIID", party.email, schemeID="EM")
    if party.vat_number:
        b.add(b.add(element, "ram:SpecifiedTaxRegistration"), "ram:ID", party.vat_number.replace(" ", ""),
              schemeID="VA")
    elif seller and siren:
        # A seller without a VAT number (the franchise) is identified for tax by its SIREN (BT-32, "FC"): the
        # norm wants one of the two on an invoice with exempt or taxed lines (BR-E-02, BR-S-02).
        b.add(b.add(element, "ram:SpecifiedTaxRegistration"), "ram:ID", siren, schemeID="FC")


def check_xml(xml: bytes) -> None:
    """Raise `InvalidFacturX` unless ``xml`` is valid Factur-X EN 16931 and keeps the business rules."""
    import facturx  # type: ignore[import-untyped]  # imported here: it loads requests and pypdf, which only an export needs

    try:
        facturx.xml_check_xsd(xml, flavor="factur-x", level=PROFILE)
    except Exception as exc:  # the library raises a bare Exception whose text says which element is wrong
        raise InvalidFacturX(INVALID_FACTURX, reason=str(exc)) from exc
    problems = business_rule_problems(xml)
    if problems:
        raise InvalidFacturX(INVALID_FACTURX, reason="; ".join(problems))


def _cents(root: etree._Element, path: str) -> int:
    found = root.xpath(path, namespaces=NAMESPACES)
    return sum(int(Decimal(node.text) * 100) for node in found)


def business_rule_problems(xml: bytes) -> list[str]:
    """The EN 16931 rules (BR-CO-*, BR-S-*, BR-E-*, BR-Z-*) this XML breaks, by their codes; [] when none."""
    root = etree.fromstring(xml)
    ns = NAMESPACES
    settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    totals = f"{settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    problems: list[str] = []
    line_sum = _cents(root, "//ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
    line_total = _cents(root, f"{totals}/ram:LineTotalAmount")
    allowances = _cents(root, f"{totals}/ram:AllowanceTotalAmount")
    basis = _cents(root, f"{totals}/ram:TaxBasisTotalAmount")
    tax_total = _cents(root, f"{totals}/ram:TaxTotalAmount")
    grand = _cents(root, f"{totals}/ram:GrandTotalAmount")
    prepaid = _cents(root, f"{totals}/ram:TotalPrepaidAmount")
    due = _cents(root, f"{totals}/ram:DuePayableAmount")
    if line_sum != line_total:
        problems.append(f"BR-CO-10: the lines add up to {line_sum} cents, the line total says {line_total}")
    if basis != line_total - allowances:
        problems.append(f"BR-CO-13: the total without VAT {basis} is not the lines {line_total} minus the "
                        f"allowances {allowances}")
    if grand != basis + tax_total:
        problems.append(f"BR-CO-15: the total with VAT {grand} is not {basis} + {tax_total}")
    if due != grand - prepaid:
        problems.append(f"BR-CO-16: the amount due {due} is not {grand} - {prepaid}")
    breakdowns = root.xpath(f"{settlement}/ram:ApplicableTradeTax", namespaces=ns)
    if sum(_cents(item, "ram:CalculatedAmount") for item in breakdowns) != tax_total:
        problems.append("BR-CO-14: the VAT total is not the sum of the VAT per category")
    line_taxes = root.xpath("//ram:SpecifiedLineTradeSettlement", namespaces=ns)
    allowance_nodes = root.xpath(f"{settlement}/ram:SpecifiedTradeAllowanceCharge", namespaces=ns)
    for item in breakdowns:
        category = item.findtext("ram:CategoryCode", namespaces=ns)
        rate = Decimal(item.findtext("ram:RateApplicablePercent", "0", namespaces=ns))
        base, amount = _cents(item, "ram:BasisAmount"), _cents(item, "ram:CalculatedAmount")

        def same(node: etree._Element, tax_path: str, category: str | None = category, rate: Decimal = rate) -> bool:
            return (node.findtext(f"{tax_path}/ram:CategoryCode", namespaces=ns) == category
                    and Decimal(node.findtext(f"{tax_path}/ram:RateApplicablePercent", "0", namespaces=ns)) == rate)

        lines = sum(_cents(node, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
                    for node in line_taxes if same(node, "ram:ApplicableTradeTax"))
        off = sum(_cents(node, "ram:ActualAmount") for node in allowance_nodes if same(node, "ram:CategoryTradeTax"))
        if base != lines - off:
            problems.append(f"BR-{category}-08: the {category} {rate}% base {base} is not its lines {lines} minus "
                            f"its allowances {off}")
        expected = int((Decimal(base) * rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if category == "S" and (amount != expected or rate <= 0):
            problems.append(f"BR-CO-17/BR-S-09: the VAT at {rate}% of {base} should be {expected}, not {amount}")
        if category in ("E", "Z") and (amount != 0 or rate != 0):
            problems.append(f"BR-{category}-09: {category} carries no VAT and a 0 rate")
        if category == "E" and not (item.findtext("ram:ExemptionReason", namespaces=ns)
                                    or item.findtext("ram:ExemptionReasonCode", namespaces=ns)):
            problems.append("BR-E-10: an exempt breakdown needs its exemption reason")
    for node in line_taxes:
        category = node.findtext("ram:ApplicableTradeTax/ram:CategoryCode", namespaces=ns)
        rate = Decimal(node.findtext("ram:ApplicableTradeTax/ram:RateApplicablePercent", "0", namespaces=ns))
        if not any(item.findtext("ram:CategoryCode", namespaces=ns) == category
                   and Decimal(item.findtext("ram:RateApplicablePercent", "0", namespaces=ns)) == rate
                   for item in breakdowns):
            problems.append(f"BR-{category}-01: a {category} {rate}% line has no VAT breakdown of its own")
    if sum(1 for item in breakdowns if item.findtext("ram:CategoryCode", namespaces=ns) == "E") > 1:
        problems.append("BR-E-01: one exempt breakdown only")
    seller = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
    if not root.xpath(f"{seller}/ram:SpecifiedTaxRegistration/ram:ID", namespaces=ns):
        problems.append("BR-S-02/BR-E-02: the seller has neither a VAT number nor a tax registration")
    return problems

