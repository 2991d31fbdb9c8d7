package io.peerbot.application.port.in;

import io.peerbot.domain.lifecycle.PcxId;
import java.util.List;

/** On start: finish every change a stop cut short, whatever its kind. */
public interface ResumeUnfinishedUseCase {
    /** Returns the peerings whose change it took up again. */
    List<PcxId> resume();
}
