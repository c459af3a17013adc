package dev.tandem.exemption;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The REST API of exemption requests: the same rules and permissions as the pages ({@link ExemptionManagement}). */
@RestController
@Tag(name = "UN 1718 exemptions", description = "Requests from a case, their packages, steps through the Committee, "
        + "shipments and extensions")
class ExemptionApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExemptionManagement exemptions;

    ExemptionApiController(ExemptionManagement exemptions) {
        this.exemptions = exemptions;
    }

    /** A request as the API shows it, with the days spent in each step and what is still missing. */
    record ExemptionResource(String ref, String caseRef, String requestingParty, RequestDetails details,
                             ExemptionStage stage, LocalDate noObjectionDeadline, LocalDate approvedOn,
                             LocalDate validFrom, LocalDate validUntil, Integer maxShipments, int version,
                             List<ApprovedItem> items, List<StepView> steps, List<Shipment> shipments,
                             List<Extension> extensions, List<String> missing) {
    }

    record StepView(ExemptionStage stage, LocalDate enteredOn, LocalDate leftOn, long days, String member) {
    }

    @GetMapping("/api/cases/{caseRef}/exemptions")
    @Operation(summary = "The exemption requests of a case (party staff)")
    List<ExemptionResource> ofCase(@PathVariable String caseRef) {
        return exemptions.ofCase(caseRef).stream().map(this::resource).toList();
    }

    @PostMapping("/api/cases/{caseRef}/exemptions")
    @Operation(summary = "Draft an exemption request for a case that triage sent to the 1718 Committee (secretariat)")
    ResponseEntity<ExemptionResource> draft(@PathVariable String caseRef,
                                            @Valid @RequestBody(required = false) RequestDetails details) {
        ExemptionRequest drafted = exemptions.draft(caseRef, details);
        return ResponseEntity.created(location("/api/exemptions/{ref}", drafted.ref())).body(resource(drafted));
    }

    @GetMapping("/api/exemptions/{ref}")
    @Operation(summary = "One exemption request with its steps (days in each), items, shipments, extensions and "
            + "the elements still missing")
    ExemptionResource get(@PathVariable String ref) {
        return resource(exemptions.request(ref));
    }

    @PutMapping("/api/exemptions/{ref}")
    @Operation(summary = "Revise what the secretariat writes on a request before it is submitted; send the version")
    ExemptionResource revise(@PathVariable String ref, @RequestParam(required = false) Integer version,
                             @Valid @RequestBody RequestDetails details) {
        return resource(exemptions.revise(ref, details, version));
    }

    @GetMapping("/api/exemptions/{ref}/packages")
    @Operation(summary = "The package versions of a request, with their SHA-256 and when each was sent")
    List<RequestPackage> packages(@PathVariable String ref) {
        return exemptions.packages(ref);
    }

    @PostMapping("/api/exemptions/{ref}/packages")
    @Operation(summary = "Generate a new package version (letter PDF and Annex II XLSX); refused, listing every "
            + "missing element, while the request is incomplete")
    ResponseEntity<RequestPackage> generate(@PathVariable String ref) {
        RequestPackage pkg = exemptions.generatePackage(ref);
        return ResponseEntity.created(location("/api/exemptions/{ref}/packages/{v}/letter.pdf", ref, pkg.version()))
                .body(pkg);
    }

    @GetMapping("/api/exemptions/{ref}/packages/{version}/letter.pdf")
    @Operation(summary = "The request letter with the project outline, as generated")
    ResponseEntity<byte[]> letter(@PathVariable String ref, @PathVariable int version) {
        return file(exemptions.packageFile(ref, version, true), MediaType.APPLICATION_PDF,
                ref + "-v" + version + "-letter.pdf");
    }

    @GetMapping("/api/exemptions/{ref}/packages/{version}/annex-ii.xlsx")
    @Operation(summary = "The itemised list in the Annex II layout, as generated")
    ResponseEntity<byte[]> annex(@PathVariable String ref, @PathVariable int version) {
        return file(exemptions.packageFile(ref, version, false), XLSX, ref + "-v" + version + "-annex-ii.xlsx");
    }

    @PostMapping("/api/exemptions/{ref}/steps")
    @Operation(summary = "Record a step: NATIONAL_REVIEW, SUBMITTED (sends the newest package), CIRCULATED (with the "
            + "no-objection deadline), ON_HOLD (with the member), APPROVED (validUntil optional), NOT_APPROVED, "
            + "PUBLISHED")
    ExemptionResource step(@PathVariable String ref, @Valid @RequestBody StepCommand step) {
        return resource(exemptions.record(ref, step));
    }

    @PostMapping("/api/exemptions/{ref}/shipments")
    @Operation(summary = "Record a shipment against the approved items; refused beyond a quantity or the number of "
            + "shipments allowed")
    ResponseEntity<Shipment> ship(@PathVariable String ref, @Valid @RequestBody ShipmentCommand command) {
        Shipment shipment = exemptions.ship(ref, command);
        return ResponseEntity.created(location("/api/exemptions/{ref}", ref)).body(shipment);
    }

    @PostMapping("/api/exemptions/{ref}/extensions")
    @Operation(summary = "Request an extension of validity until a later day")
    ResponseEntity<Extension> extend(@PathVariable String ref, @RequestBody ExtensionCommand command) {
        Extension extension = exemptions.requestExtension(ref, command);
        return ResponseEntity.created(location("/api/exemptions/{ref}", ref)).body(extension);
    }

    @PostMapping("/api/exemptions/{ref}/extensions/{number}")
    @Operation(summary = "Move an extension request along: SUBMITTED, then APPROVED or NOT_APPROVED")
    Extension moveExtension(@PathVariable String ref, @PathVariable int number,
                            @RequestBody ExtensionCommand command) {
        return exemptions.moveExtension(ref, number, command);
    }

    @GetMapping("/api/exemptions/steps")
    @Operation(summary = "Every step of every request with the days spent in it, for reports")
    List<Map<String, Object>> stepTimes() {
        LocalDate today = exemptions.today();
        return exemptions.stepTimes().stream().map(s -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("exemption", s.exemptionRef());
            row.put("case", s.caseRef());
            row.put("stage", s.stage());
            row.put("enteredOn", s.enteredOn());
            row.put("leftOn", s.leftOn());
            row.put("days", s.days(today));
            row.put("member", s.member());
            return row;
        }).toList();
    }

    private ExemptionResource resource(ExemptionRequest r) {
        LocalDate today = exemptions.today();
        return new ExemptionResource(r.ref(), r.caseRef(), r.requestingParty(), r.details(), r.stage(),
                r.noObjectionDeadline(), r.approvedOn(), r.validFrom(), r.validUntil(), r.maxShipments(), r.version(),
                r.items(), r.steps().stream().map(s -> new StepView(s.stage(), s.enteredOn(), s.leftOn(),
                        s.days(today), s.member())).toList(),
                r.shipments(), r.extensions(),
                r.stage().beforeSubmission() ? exemptions.missing(r.ref()) : List.of());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    private static URI location(String template, Object... args) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(args).toUri();
    }
}
