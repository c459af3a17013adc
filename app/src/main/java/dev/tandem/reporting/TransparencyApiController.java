package dev.tandem.reporting;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency report for machines: the same table as the public page, and a bad period answered as every API
 * answers it (400, the field and the reason in the caller's language).
 */
@RestController
class TransparencyApiController {

    private final TransparencyReport report;

    TransparencyApiController(TransparencyReport report) {
        this.report = report;
    }

    @GetMapping("/api/transparency")
    ReportTable table(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return report.table(ReportController.date("from", from, null), ReportController.date("to", to, null));
    }
}
