package org.channelcenter.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.channelcenter.dashboard.boundary.DashboardTile;
import org.channelcenter.dashboard.boundary.Dashboards;

/** The Dashboard: the caller's tiles. */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    Dashboards dashboards;

    private List<DashboardTile> tiles;

    @PostConstruct
    void load() {
        tiles = dashboards.tiles();
    }

    public List<DashboardTile> getTiles() {
        return tiles;
    }
}
