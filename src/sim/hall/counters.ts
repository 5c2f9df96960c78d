/**
 * What happened to the counted taxpayers (those who arrived after the warm-up) in one
 * replication: arrivals by channel, outcomes, and the closing-time predictions.
 */
export class Counters {
  arrivals = 0;
  arrivalsWalkIn = 0;
  arrivalsAppointment = 0;
  arrivalsStaggered = 0;
  arrivalsKioskSite = 0;
  returned = 0;
  servedWindow = 0;
  servedKiosk = 0;
  abandoned = 0;
  balkedTicket = 0;
  turnedAway = 0;
  leftAfterPrediction = 0;
  forfeited = 0;
  forfeitedToTicket = 0;
  leftAsCase = 0;
  /** Kiosk users who left unserved (no site would do and they did not go to the hall). */
  leftKiosk = 0;
  switchedToWindow = 0;
  /** Kiosk users who went on to another site, and to the hall's windows later (not at once at the hall site). */
  kioskToOtherSite = 0;
  kioskToHall = 0;
  returnsBeyondHorizon = 0;
  kioskHallUsers = 0;
  windowMinutesRemoved = 0;
  present = 0;
  shown = 0;
  shownLong = 0;
  predictedN = 0;
  predictedSum = 0;
  actualSum = 0;
  errorSum = 0;
  absErrorSum = 0;

  /** Counts how a counted taxpayer's visit ended. */
  record(what: Ending): void {
    // A switch on constant strings, not this[what]++: a keyed store of a dynamic name is slow.
    switch (what) {
      case 'servedWindow':
        this.servedWindow++;
        break;
      case 'servedKiosk':
        this.servedKiosk++;
        break;
      case 'abandoned':
        this.abandoned++;
        break;
      case 'balked':
        this.balkedTicket++;
        break;
      case 'turnedAway':
        this.turnedAway++;
        break;
      case 'leftAfterPrediction':
        this.leftAfterPrediction++;
        break;
      case 'forfeited':
        this.forfeited++;
        break;
      case 'leftAsCase':
        this.leftAsCase++;
        break;
      case 'leftKiosk':
        this.leftKiosk++;
        break;
    }
  }
}

/** How a visit ends: served (window or kiosk) or one of the ways of leaving unserved. */
export type Ending =
  | 'servedWindow'
  | 'servedKiosk'
  | 'abandoned'
  | 'balked'
  | 'turnedAway'
  | 'leftAfterPrediction'
  | 'forfeited'
  | 'leftAsCase'
  | 'leftKiosk';
