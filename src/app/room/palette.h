// The colours of the room view, chosen to survive a washed-out lecture-hall projector: a light warm
// floor, saturated agents, dark outlines and near-white text on dark backings.
#pragma once

#include <SFML/Graphics/Color.hpp>

namespace sb::app::palette {

inline const sf::Color kBackdrop{34, 38, 46};        // window around the room
inline const sf::Color kFloor{241, 230, 206};
inline const sf::Color kFloorGrid{214, 197, 163};
inline const sf::Color kWall{72, 62, 56};
inline const sf::Color kDoorway{186, 170, 140};
inline const sf::Color kChairSeat{176, 124, 78};
inline const sf::Color kChairBack{120, 80, 46};
inline const sf::Color kFurnitureText{70, 52, 36};
inline const sf::Color kCaregiver{0, 142, 135};
inline const sf::Color kCaregiverDark{0, 84, 80};
inline const sf::Color kSeparation{112, 96, 190};  // caregiver out of the room (matches the timeline)
inline const sf::Color kStranger{205, 105, 35};
inline const sf::Color kStrangerDark{122, 58, 14};
inline const sf::Color kInfantSuit{255, 206, 84};
inline const sf::Color kInfantSkin{255, 222, 190};
inline const sf::Color kInfantOutline{120, 82, 30};
inline const sf::Color kFaceInk{55, 35, 30};
inline const sf::Color kCry{214, 40, 60};
inline const sf::Color kTear{60, 150, 235};
inline const sf::Color kLabelBacking{30, 30, 36, 215};
inline const sf::Color kCaptionText{250, 250, 250};
inline const sf::Color kCaptionMuted{185, 192, 205};

}  // namespace sb::app::palette
