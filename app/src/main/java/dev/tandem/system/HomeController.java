package dev.tandem.system;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.tandem.casefile.CaseManagement;
import dev.tandem.decision.ForumReviews;
import dev.tandem.forum.ForumManagement;
import dev.tandem.identity.Permissions;
import dev.tandem.identity.UserManagement;
import dev.tandem.identity.UserView;

/** The start page: who you are and where you can go from here. */
@Controller
class HomeController {

    private final UserManagement users;
    private final ForumManagement forums;
    private final CaseManagement cases;
    private final Permissions permissions;
    private final ForumReviews reviews;

    HomeController(UserManagement users, ForumManagement forums, CaseManagement cases, Permissions permissions,
                   ForumReviews reviews) {
        this.reviews = reviews;
        this.users = users;
        this.forums = forums;
        this.cases = cases;
        this.permissions = permissions;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        UserView user = users.currentUser().orElseThrow();
        model.addAttribute("user", user);
        if (user.party() != null) {
            model.addAttribute("party", forums.parties().stream().filter(p -> p.code().equals(user.party()))
                    .map(p -> p.name(locale)).findFirst().orElse(user.party()));
        }
        if (permissions.maySeeForums()) {
            model.addAttribute("forums", forums.forums());
        }
        if (permissions.maySeeReviews() && user.party() != null) {
            model.addAttribute("waiting", reviews.waitingForMyParty());
        }
        model.addAttribute("recentCases", cases.cases(null, 0, 8).cases());
        return "home";
    }
}
